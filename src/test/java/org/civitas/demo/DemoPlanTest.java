package org.civitas.demo;

import org.civitas.dashboard.Dashboard;
import org.civitas.demo.DemoPlan.CastVotes;
import org.civitas.demo.DemoPlan.Flag;
import org.civitas.demo.DemoPlan.PlannedVote;
import org.civitas.demo.DemoPlan.Post;
import org.civitas.demo.DemoPlan.Publish;
import org.civitas.demo.DemoPlan.Respond;
import org.civitas.demo.DemoPlan.Share;
import org.civitas.demo.DemoPlan.Step;
import org.civitas.demo.DemoPlan.Withdraw;
import org.civitas.demo.DemoStory.Idea;
import org.civitas.proposals.DistrictDraft;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.ThemeDraft;
import org.civitas.votes.Choice;
import org.civitas.votes.SupportThreshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo town's story, as planned before anything is written: the same each time, complete, and consistent. */
class DemoPlanTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime TODAY = LocalDate.of(2026, 3, 18).atStartOfDay(PARIS);

    private static DemoPlan plan(ZonedDateTime today) {
        return DemoPlan.of(today, SupportThreshold.DEFAULT, 90);
    }

    @Test
    void twoStartsOnOneDayTellTheSameStory() {
        DemoPlan first = plan(TODAY);
        DemoPlan second = plan(TODAY);
        assertEquals(first.residents(), second.residents());
        assertEquals(first.steps(), second.steps());
    }

    @Test
    void aStartOnAnotherDayTellsTheSameStoryMovedByWholeDays() {
        ZonedDateTime day = LocalDate.of(2026, 6, 10).atStartOfDay(ZoneOffset.UTC);
        List<Step> earlier = plan(day).steps();
        List<Step> later = plan(day.plusDays(5)).steps();
        assertEquals(earlier.size(), later.size());
        for (int i = 0; i < earlier.size(); i++) {
            assertEquals(Duration.ofDays(5), Duration.between(earlier.get(i).at(), later.get(i).at()), "step " + i);
            assertEquals(earlier.get(i).getClass(), later.get(i).getClass());
        }
    }

    @Test
    void everyStageOfAProposalsLifeIsTold() {
        DemoPlan plan = plan(TODAY);
        Set<ProposalStatus> told = EnumSet.noneOf(ProposalStatus.class);
        plan.ideas().forEach(idea -> told.add(idea.status()));
        assertEquals(EnumSet.allOf(ProposalStatus.class), told);
        Map<Integer, Integer> votesFor = votesFor(plan);
        List<Integer> published = ideasIn(plan, ProposalStatus.PUBLISHED);
        assertTrue(published.stream().anyMatch(i -> votesFor.getOrDefault(i, 0) == 0), "a proposal just published");
        assertTrue(published.stream().anyMatch(i -> votesFor.getOrDefault(i, 0) > plan.threshold() / 2),
                "a proposal half way to the threshold or more");
        assertTrue(plan.steps().stream().filter(Respond.class::isInstance).map(s -> ((Respond) s).reply().decision())
                .toList().containsAll(ProposalStatus.ANSWERS), "an answer of every kind");
    }

    @ParameterizedTest(name = "{0}% of citizens, at least {1}")
    @CsvSource({"1.0, 25", "1.0, 60", "10.0, 5", "0.5, 12"})
    void gatheringProposalsStayUnderTheThresholdAndReviewedOnesReachedIt(double percent, int floor) {
        DemoPlan plan = DemoPlan.of(TODAY, new SupportThreshold(percent, floor), 90);
        assertEquals(new SupportThreshold(percent, floor).required(plan.residents().size()), plan.threshold());
        Map<Integer, Integer> votesFor = votesFor(plan);
        for (int i = 0; i < plan.ideas().size(); i++) {
            Idea idea = plan.ideas().get(i);
            int cast = votesFor.getOrDefault(i, 0);
            boolean reviewed = idea.status() == ProposalStatus.UNDER_REVIEW
                    || (idea.fate() == DemoStory.Fate.ANSWERED && idea.forShare() >= 1);
            assertEquals(reviewed, cast >= plan.threshold(), idea.draft().title() + ": " + cast + " FOR votes, threshold "
                    + plan.threshold());
        }
    }

    @Test
    void everyThemeAndDistrictIsAboveTheDashboardsSmallGroupThresholdOverItsDefaultPeriod() {
        DemoPlan plan = plan(TODAY);
        Instant from = TODAY.minusDays(29).toInstant();
        Map<String, Set<Integer>> byGroup = new TreeMap<>();
        for (Step step : plan.steps()) {
            if (step instanceof Publish p) {
                participates(byGroup, plan.ideas().get(p.idea()), p.at(), from, plan.residentIndex(plan.ideas().get(p.idea()).author()));
            } else if (step instanceof CastVotes c) {
                c.votes().forEach(v -> participates(byGroup, plan.ideas().get(c.idea()), v.at(), from, v.resident()));
            } else if (step instanceof Post p) {
                participates(byGroup, plan.ideas().get(p.idea()), p.at(), from, p.author());
            }
        }
        List<String> groups = new ArrayList<>();
        DemoStory.themes().stream().map(ThemeDraft::code).forEach(c -> groups.add("theme " + c));
        DemoStory.districts().stream().map(DistrictDraft::code).forEach(c -> groups.add("district " + c));
        groups.add("district town");
        for (String group : groups) {
            int participants = byGroup.getOrDefault(group, Set.of()).size();
            assertTrue(participants >= Dashboard.MIN_GROUP, group + ": " + participants + " participants");
        }
    }

    private static void participates(Map<String, Set<Integer>> byGroup, Idea idea, Instant at, Instant from, int who) {
        if (!at.isBefore(from)) {
            byGroup.computeIfAbsent("theme " + idea.draft().themeCode(), k -> new HashSet<>()).add(who);
            String district = idea.draft().districtCode() == null ? "town" : idea.draft().districtCode();
            byGroup.computeIfAbsent("district " + district, k -> new HashSet<>()).add(who);
        }
    }

    @Test
    void everyStepHappensBeforeTodayAndAfterWhatItFollows() {
        DemoPlan plan = plan(TODAY);
        Map<Integer, Instant> published = new HashMap<>();
        Map<Integer, Instant> closed = new HashMap<>();
        Map<Integer, Instant> posted = new HashMap<>();
        Instant previous = Instant.MIN;
        for (Step step : plan.steps()) {
            assertTrue(step.at().isBefore(TODAY.toInstant()), step + " happens before the start");
            assertTrue(step.at().isAfter(plan.opened()), step + " happens after the accounts were opened");
            assertFalse(step.at().isBefore(previous), "steps come in the order of their moments");
            previous = step.at();
            if (step instanceof Publish p) {
                published.put(p.idea(), p.at());
            } else if (step instanceof CastVotes c) {
                assertTrue(c.votes().stream().allMatch(v -> v.at().isAfter(published.get(c.idea()))), "votes after publication");
                assertEquals(c.votes().size(), c.votes().stream().map(PlannedVote::resident).distinct().count(),
                        "one vote per resident");
                closed.put(c.idea(), c.votes().get(c.votes().size() - 1).at());
            } else if (step instanceof Respond r) {
                assertTrue(r.at().isAfter(closed.getOrDefault(r.idea(), published.get(r.idea()))),
                        "an answer after the votes it closes");
            } else if (step instanceof Withdraw w) {
                assertTrue(w.at().isAfter(closed.getOrDefault(w.idea(), published.get(w.idea()))));
            } else if (step instanceof Post p) {
                assertTrue(p.at().isAfter(p.parent() < 0 ? published.get(p.idea()) : posted.get(p.parent())),
                        "a comment after its proposal, a reply after its comment: " + p.body());
                posted.put(p.comment(), p.at());
            } else if (step instanceof Flag f) {
                assertTrue(f.at().isAfter(posted.get(f.comment())));
            } else if (step instanceof Share s) {
                assertFalse(s.at().isBefore(published.get(s.idea())));
            }
        }
    }

    @Test
    void staffNeitherVoteNorReportAndNobodyReportsTheirOwnComment() {
        DemoPlan plan = plan(TODAY);
        Map<Integer, Integer> authors = new HashMap<>();
        for (Step step : plan.steps()) {
            if (step instanceof CastVotes c) {
                c.votes().forEach(v -> assertFalse(plan.residents().get(v.resident()).isStaff()));
            } else if (step instanceof Post p) {
                authors.put(p.comment(), p.author());
            } else if (step instanceof Flag f) {
                assertFalse(plan.residents().get(f.reporter()).isStaff());
                assertFalse(authors.get(f.comment()) == f.reporter());
            }
        }
    }

    /** README lists the demo accounts people sign in with: each is a resident of the story, with its roles. */
    @Test
    void theAccountsReadmeListsAreResidentsOfTheStory() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher emails = Pattern.compile("`([a-z.-]+@civitas\\.example)`").matcher(readme);
        Set<String> listed = new HashSet<>();
        while (emails.find()) {
            listed.add(emails.group(1));
        }
        assertTrue(listed.size() >= 6, "README lists the demo accounts: " + listed);
        Set<String> residents = new HashSet<>();
        plan(TODAY).residents().forEach(r -> residents.add(r.email()));
        assertTrue(residents.containsAll(listed), "missing from the story: " + listed);
        assertTrue(readme.contains(DemoData.PASSWORD));
    }

    private static Map<Integer, Integer> votesFor(DemoPlan plan) {
        Map<Integer, Integer> votesFor = new HashMap<>();
        plan.steps().stream().filter(CastVotes.class::isInstance).map(CastVotes.class::cast).forEach(c ->
                votesFor.put(c.idea(), (int) c.votes().stream().filter(v -> v.choice() == Choice.FOR).count()));
        return votesFor;
    }

    private static List<Integer> ideasIn(DemoPlan plan, ProposalStatus status) {
        return IntStream.range(0, plan.ideas().size())
                .filter(i -> plan.ideas().get(i).status() == status).boxed().toList();
    }
}
