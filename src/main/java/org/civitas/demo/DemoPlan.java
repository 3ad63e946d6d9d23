package org.civitas.demo;

import org.civitas.accounts.Role;
import org.civitas.demo.DemoStory.Fate;
import org.civitas.demo.DemoStory.Idea;
import org.civitas.demo.DemoStory.Reply;
import org.civitas.demo.DemoStory.Resident;
import org.civitas.demo.DemoStory.Talk;
import org.civitas.moderation.ReportReason;
import org.civitas.sharing.ShareService;
import org.civitas.votes.Choice;
import org.civitas.votes.SupportThreshold;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The demo town's story as dated steps, in the order they happened: the residents, then each publication, the votes
 * on each proposal, comments and replies, reports, answers, withdrawals and shares. Everything that is not written in
 * {@link DemoStory} (the other residents' names, who votes, the hour of each step) comes from one
 * {@link Random} with a fixed seed, so that two fresh starts on the same day tell the same story, and on another day
 * the same story moved by whole days. Every step happens before the day the portal starts (the last one yesterday
 * evening), within the last weeks: the dashboard's default period (the last 30 days) sees every theme and district
 * busy enough to be shown.
 */
final class DemoPlan {

    /** The seed of every choice the story leaves open. */
    static final long SEED = 20_260_318L;

    /** How many days before the start the portal opened (the residents' accounts). */
    static final int OPENED_DAYS_AGO = 100;

    /** The official who answers, and the account that shares are not counted for. */
    static final String OFFICIAL = "elue";

    /** Where residents share, as often as each is named. */
    private static final String[] TARGETS = {"whatsapp", "whatsapp", "whatsapp", "facebook", "facebook", "link",
            "link", "email", "mastodon"};

    /** One step of the story, at its moment. */
    sealed interface Step permits Publish, Write, CastVotes, Post, Flag, Respond, Withdraw, Share {
        Instant at();
    }

    /** An idea published by its author. */
    record Publish(int idea, Instant at) implements Step {
    }

    /** An idea saved as a draft. */
    record Write(int idea, Instant at) implements Step {
    }

    /** The votes on an idea, all of them (the step's moment is the first vote's). */
    record CastVotes(int idea, List<PlannedVote> votes, Instant at) implements Step {
    }

    record PlannedVote(int resident, Choice choice, Instant at) {
    }

    /** A comment ({@code parent} -1) or a reply; comments are numbered in the order of the plan. */
    record Post(int comment, int idea, int parent, int author, String body, Instant at) implements Step {
    }

    /** A resident reports a comment. */
    record Flag(int comment, int reporter, ReportReason reason, String details, Instant at) implements Step {
    }

    /** The official answers an idea. */
    record Respond(int idea, int official, Reply reply, Instant at) implements Step {
    }

    /** The author withdraws an idea. */
    record Withdraw(int idea, Instant at) implements Step {
    }

    /** Shares of an idea to a target, or visits they brought, counted {@code times} on a day. */
    record Share(int idea, String target, ShareService.Kind kind, int times, Instant at) implements Step {
    }

    /** What the plan seeds, for the log. */
    record Summary(int accounts, int proposals, int votes, int comments, int answers, int reports, int shares) {
    }

    private final List<Resident> residents;
    private final List<Idea> ideas;
    private final Instant opened;
    private final long threshold;
    private final List<Step> steps;

    private DemoPlan(List<Resident> residents, List<Idea> ideas, Instant opened, long threshold, List<Step> steps) {
        this.residents = residents;
        this.ideas = ideas;
        this.opened = opened;
        this.threshold = threshold;
        this.steps = steps;
    }

    /**
     * The story for a portal starting on the day that begins at {@code startOfToday} (in the town's time zone), with
     * its support threshold and voting period.
     */
    static DemoPlan of(ZonedDateTime startOfToday, SupportThreshold supportThreshold, int votingDays) {
        Random random = new Random(SEED);
        List<Resident> people = DemoStory.people();
        // Enough other residents that every idea finds its voters: about twice the threshold, which itself depends
        // on how many residents there are (a share of them, never under its floor).
        int others = 48;
        for (int i = 0; i < 5; i++) {
            long required = supportThreshold.required(people.size() + others);
            others = (int) Math.min(2_000, Math.max(48, 2 * required));
        }
        List<Resident> residents = new ArrayList<>(people);
        residents.addAll(others(random, people, others));
        long threshold = supportThreshold.required(residents.size());
        Timeline time = new Timeline(startOfToday, random);
        List<Idea> ideas = DemoStory.ideas();
        List<Step> steps = new ArrayList<>();
        int[] comments = {0};
        for (int i = 0; i < ideas.size(); i++) {
            plan(i, ideas.get(i), residents, threshold, votingDays, time, random, steps, comments);
        }
        steps.sort(Comparator.comparing(Step::at));
        return new DemoPlan(List.copyOf(residents), ideas, time.day(OPENED_DAYS_AGO, 9 * 60), threshold,
                List.copyOf(steps));
    }

    private static void plan(int index, Idea idea, List<Resident> residents, long threshold, int votingDays,
                             Timeline time, Random random, List<Step> steps, int[] comments) {
        int author = indexOf(residents, idea.author());
        if (idea.fate() == Fate.DRAFT) {
            steps.add(new Write(index, time.day(idea.daysAgo(), time.minutes(8 * 60, 22 * 60))));
            return;
        }
        Instant published = time.day(idea.daysAgo(), time.minutes(8 * 60, 21 * 60));
        steps.add(new Publish(index, published));

        List<Instant> answers = new ArrayList<>();
        for (Reply reply : idea.answers()) {
            Instant at = time.after(time.day(reply.daysAgo(), time.minutes(9 * 60, 18 * 60)), published);
            answers.add(at);
            steps.add(new Respond(index, indexOf(residents, OFFICIAL), reply, at));
        }
        Instant withdrawn = null;
        if (idea.fate() == Fate.WITHDRAWN) {
            withdrawn = time.after(time.day(idea.withdrawnDaysAgo(), time.minutes(9 * 60, 20 * 60)), published);
            steps.add(new Withdraw(index, withdrawn));
        }

        // Votes: from a quarter of an hour after publication until the first answer or the withdrawal closed voting
        // (or the voting period ended, or yesterday ended), more of them in the first days.
        Instant votingEnds = time.last();
        votingEnds = earliest(votingEnds, published.plus(Duration.ofDays(votingDays)).minus(Duration.ofHours(1)));
        if (!answers.isEmpty()) {
            votingEnds = earliest(votingEnds, answers.get(0).minus(Duration.ofHours(1)));
        }
        if (withdrawn != null) {
            votingEnds = earliest(votingEnds, withdrawn.minus(Duration.ofHours(1)));
        }
        int votesFor = votesFor(idea, threshold);
        int votesAgainst = (int) Math.round(idea.againstShare() * threshold);
        List<Integer> voters = IntStream.range(0, residents.size())
                .filter(r -> r != author && !residents.get(r).isStaff() && !"promo".equals(residents.get(r).key()))
                .boxed().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        Collections.shuffle(voters, random);
        List<PlannedVote> votes = new ArrayList<>();
        Instant votingStarts = published.plus(Duration.ofMinutes(15));
        long span = Math.max(1, Duration.between(votingStarts, votingEnds).toSeconds());
        for (int v = 0; v < Math.min(voters.size(), votesFor + votesAgainst); v++) {
            Instant at = time.awake(votingStarts.plusSeconds((long) (span * Math.pow(random.nextDouble(), 1.3))),
                    votingStarts, votingEnds);
            votes.add(new PlannedVote(voters.get(v), v < votesFor ? Choice.FOR : Choice.AGAINST, at));
        }
        if (!votes.isEmpty()) {
            votes.sort(Comparator.comparing(PlannedVote::at));
            steps.add(new CastVotes(index, List.copyOf(votes), votes.get(0).at()));
        }

        for (Talk talk : idea.thread()) {
            Instant at = time.after(time.day(talk.daysAgo(), time.minutes(7 * 60, 23 * 60)), published);
            thread(index, talk, -1, at, residents, time, random, steps, comments);
        }
        shares(index, idea, published, time, random, steps);
    }

    /** FOR votes: under the threshold for an idea still gathering supports, over it for one that went under review. */
    private static int votesFor(Idea idea, long threshold) {
        int wanted = (int) Math.round(idea.forShare() * threshold);
        boolean reachedIt = idea.fate() == Fate.UNDER_REVIEW || (idea.fate() == Fate.ANSWERED && idea.forShare() >= 1);
        return reachedIt ? (int) Math.max(wanted, threshold) : (int) Math.min(wanted, threshold - 1);
    }

    /** A comment at {@code at}, then its reports and its replies (each a little after the one before). */
    private static void thread(int idea, Talk talk, int parent, Instant at, List<Resident> residents, Timeline time,
                               Random random, List<Step> steps, int[] comments) {
        int number = comments[0]++;
        int author = indexOf(residents, talk.author());
        steps.add(new Post(number, idea, parent, author, talk.body(), at));
        if (talk.reported() != null) {
            List<Integer> reporters = IntStream.range(0, residents.size())
                    .filter(r -> r != author && !residents.get(r).isStaff() && residents.get(r).key() == null)
                    .boxed().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
            Collections.shuffle(reporters, random);
            Instant reportedAt = at;
            for (int r = 0; r < talk.reported().times(); r++) {
                reportedAt = time.soonAfter(reportedAt, 30, 9 * 60);
                steps.add(new Flag(number, reporters.get(r), talk.reported().reason(), r == 0 ? talk.reported().details()
                        : null, reportedAt));
            }
        }
        Instant previous = at;
        for (Talk reply : talk.replies()) {
            previous = time.soonAfter(previous, 25, 26 * 60);
            thread(idea, reply, number, previous, residents, time, random, steps, comments);
        }
    }

    /**
     * Shares and the visits they brought, in bursts (a proposal is shared when it is published, when a neighbours'
     * group talks about it) on two days within the last four weeks since publication, each burst through two networks
     * (mostly the first): the visits come back through the networks it was shared on.
     */
    private static void shares(int idea, Idea story, Instant published, Timeline time, Random random, List<Step> steps) {
        int oldest = Math.min(28, Math.max(1, time.daysBefore(published)));
        int[] bursts = IntStream.generate(() -> 1 + random.nextInt(oldest)).distinct().limit(Math.min(2, oldest)).toArray();
        String[][] networks = new String[bursts.length][];
        for (int b = 0; b < bursts.length; b++) {
            String first = TARGETS[random.nextInt(TARGETS.length)];
            String second = first;
            while (second.equals(first)) {
                second = TARGETS[random.nextInt(TARGETS.length)];
            }
            networks[b] = new String[]{first, second};
        }
        for (ShareService.Kind kind : ShareService.Kind.values()) {
            int times = kind == ShareService.Kind.SHARE ? story.shares() : story.arrivals();
            List<Map<String, Integer>> counted = new ArrayList<>();
            for (int b = 0; b < bursts.length; b++) {
                counted.add(new TreeMap<>());
            }
            for (int s = 0; s < times; s++) {
                int b = random.nextInt(bursts.length);
                counted.get(b).merge(networks[b][random.nextInt(10) < 7 ? 0 : 1], 1, Integer::sum);
            }
            for (int b = 0; b < bursts.length; b++) {
                Instant at = time.after(time.day(bursts[b], time.minutes(7 * 60, 23 * 60)), published);
                counted.get(b).forEach((target, n) -> steps.add(new Share(idea, target, kind, n, at)));
            }
        }
    }

    /** The other residents, a few of them reading the portal in English; two of the same name get distinct addresses. */
    private static List<Resident> others(Random random, List<Resident> named, int count) {
        Set<String> emails = new HashSet<>();
        named.forEach(r -> emails.add(r.email()));
        List<Resident> others = new ArrayList<>();
        while (others.size() < count) {
            String first = DemoStory.FIRST_NAMES.get(random.nextInt(DemoStory.FIRST_NAMES.size()));
            String last = DemoStory.SURNAMES.get(random.nextInt(DemoStory.SURNAMES.size()));
            String email = ascii(first) + "." + ascii(last) + "@civitas.example";
            if (!emails.add(email)) {
                email = ascii(first) + "." + ascii(last) + "." + others.size() + "@civitas.example";
                emails.add(email);
            }
            Locale locale = random.nextInt(20) == 0 ? Locale.ENGLISH : Locale.FRENCH;
            others.add(new Resident(null, first + " " + last, email, locale, EnumSet.of(Role.CITIZEN)));
        }
        return others;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace(' ', '-');
    }

    private static int indexOf(List<Resident> residents, String key) {
        for (int i = 0; i < residents.size(); i++) {
            if (key.equals(residents.get(i).key())) {
                return i;
            }
        }
        throw new IllegalArgumentException("No resident " + key + " in the demo story");
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    List<Resident> residents() {
        return residents;
    }

    List<Idea> ideas() {
        return ideas;
    }

    /** When the residents' accounts were opened: long enough before any report for it to count. */
    Instant opened() {
        return opened;
    }

    /** FOR votes that put a proposal under review, as the plan counted them. */
    long threshold() {
        return threshold;
    }

    List<Step> steps() {
        return steps;
    }

    int residentIndex(String key) {
        return indexOf(residents, key);
    }

    Summary summary() {
        return new Summary(residents.size(),
                count(Publish.class),
                steps.stream().filter(CastVotes.class::isInstance).mapToInt(s -> ((CastVotes) s).votes().size()).sum(),
                count(Post.class), count(Respond.class), count(Flag.class),
                steps.stream().filter(Share.class::isInstance).mapToInt(s -> ((Share) s).times()).sum());
    }

    private int count(Class<? extends Step> kind) {
        return (int) steps.stream().filter(kind::isInstance).count();
    }

    /** Days and hours of the story, counted back from the start of the day the portal starts. */
    private record Timeline(ZonedDateTime startOfToday, Random random) {

        /** A moment {@code daysAgo} days before today (at least yesterday), {@code minute} minutes after midnight. */
        Instant day(int daysAgo, int minute) {
            return startOfToday.minusDays(Math.max(1, daysAgo)).plusMinutes(minute).toInstant();
        }

        /** A minute of the day between two, chosen at random. */
        int minutes(int from, int to) {
            return from + random.nextInt(to - from);
        }

        /** The last moment of the story: yesterday, a minute before midnight. */
        Instant last() {
            return startOfToday.minusMinutes(1).toInstant();
        }

        /** {@code at}, or soon after {@code earlier} when it is not after it; never past the last moment. */
        Instant after(Instant at, Instant earlier) {
            Instant later = at.isAfter(earlier) ? at : earlier.plus(Duration.ofMinutes(30 + random.nextInt(90)));
            return later.isAfter(last()) ? last() : later;
        }

        /** Some minutes after {@code at}, between two bounds; never past the last moment. */
        Instant soonAfter(Instant at, int fromMinutes, int toMinutes) {
            Instant later = at.plus(Duration.ofMinutes(minutes(fromMinutes, toMinutes)));
            return later.isAfter(last()) ? last() : later;
        }

        /** {@code at}, or the same day between 7 h and 23 h when it falls in the night and that stays within bounds. */
        Instant awake(Instant at, Instant from, Instant to) {
            ZonedDateTime local = at.atZone(startOfToday.getZone());
            if (local.getHour() >= 7 && local.getHour() < 23) {
                return at;
            }
            Instant day = local.toLocalDate().atStartOfDay(startOfToday.getZone()).plusMinutes(minutes(7 * 60, 23 * 60))
                    .toInstant();
            return day.isAfter(from) && day.isBefore(to) ? day : at;
        }

        /** Whole days between {@code at} and the start of today. */
        int daysBefore(Instant at) {
            return (int) Duration.between(at, startOfToday.toInstant()).toDays();
        }
    }
}
