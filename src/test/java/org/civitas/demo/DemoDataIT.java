package org.civitas.demo;

import org.civitas.accounts.Role;
import org.civitas.demo.DemoStory.Idea;
import org.civitas.demo.DemoStory.Resident;
import org.civitas.proposals.DistrictDraft;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.ThemeDraft;
import org.civitas.testing.Browser;
import org.civitas.testing.CsvReader;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo town as a visitor, a moderator and an official find it on the test server, which starts with demo data on
 * (src/test/liberty/server.env): every stage of a proposal's life, counters that agree with the rows behind them,
 * answers, threads with an official's reply, reported comments waiting for a moderator, a dashboard that shows every
 * theme and district; and a database that has accounts is never seeded. The story is read from the test database as
 * the server's first start seeded it: after a change to the story, start from a fresh database ({@code mvn clean}).
 * Other tests add their own proposals and accounts, never to the demo's: the demo's proposals are found by title and
 * author.
 */
@ExtendWith(Portal.class)
class DemoDataIT {

    private final URL base = Portal.base();

    @Test
    void everyDemoTextPassesThePortalsOwnRules() throws Exception {
        HttpResponse<String> problems = new PortalClient(base.toURI()).get("api/test-fixtures/demo-problems");
        assertEquals(200, problems.statusCode(), problems.body());
        assertEquals("[]", problems.body().strip());
    }

    @Test
    void theTestDatabaseHasTheDemoTaxonomy() throws Exception {
        // The other tests use the demo's themes and districts.
        PortalClient visitor = new PortalClient(base.toURI());
        assertTrue(visitor.get("api/opendata/v1/themes.csv").body().contains("mobilite"));
        assertTrue(visitor.get("api/opendata/v1/districts.csv").body().contains("gare"));
    }

    @Test
    void aDatabaseThatHasAccountsIsNeverSeeded() throws Exception {
        HttpResponse<String> tried = new PortalClient(base.toURI()).sendJson("POST", "api/test-fixtures/demo-load-again", null);
        assertEquals(200, tried.statusCode(), tried.body());
        Map<String, String> outcome = flat(tried.body());
        assertEquals("false", outcome.get("loaded"), tried.body());
        assertTrue(Long.parseLong(outcome.get("accountsBefore")) > 0, "the test database has accounts");
        assertEquals(outcome.get("accountsBefore"), outcome.get("accountsAfter"));
        assertEquals(outcome.get("proposalsBefore"), outcome.get("proposalsAfter"));
    }

    @Test
    void everyProposalOfTheStoryIsAtItsStageWithItsHistory() throws Exception {
        Map<Idea, Map<String, String>> proposals = demoProposals();
        for (Map.Entry<Idea, Map<String, String>> p : proposals.entrySet()) {
            Idea idea = p.getKey();
            Map<String, String> row = p.getValue();
            if (idea.status() == ProposalStatus.DRAFT) {
                assertNull(row, "a draft is not published: " + idea.draft().title());
                continue;
            }
            assertNotNull(row, "published: " + idea.draft().title());
            assertEquals(idea.status().name(), row.get("status"), idea.draft().title());
            boolean reviewed = !row.get("under_review_at").isEmpty();
            assertEquals(idea.status() == ProposalStatus.UNDER_REVIEW || (idea.fate() == DemoStory.Fate.ANSWERED
                    && idea.forShare() >= 1), reviewed, "went under review by its votes: " + idea.draft().title());
            if (idea.status().isAnswered()) {
                Instant answered = Instant.parse(row.get("answered_at"));
                assertTrue(answered.isAfter(Instant.parse(row.get("published_at"))));
                assertTrue(!reviewed || answered.isAfter(Instant.parse(row.get("under_review_at"))));
            }
        }
        List<Map<String, String>> published = proposals.entrySet().stream()
                .filter(e -> e.getKey().status() == ProposalStatus.PUBLISHED).map(Map.Entry::getValue).toList();
        assertTrue(published.stream().anyMatch(r -> r.get("votes_for").equals("0")), "one just published");
        assertTrue(published.stream().anyMatch(r -> Integer.parseInt(r.get("votes_for")) > 10),
                "one gathering supports, still under the threshold");
        assertTrue(published.stream().mapToInt(r -> Integer.parseInt(r.get("votes_for"))).max().getAsInt()
                < proposals.entrySet().stream().filter(e -> e.getKey().status() == ProposalStatus.UNDER_REVIEW)
                .mapToInt(e -> Integer.parseInt(e.getValue().get("votes_for"))).min().getAsInt(),
                "every proposal under review has more supports than any still gathering them");
    }

    @Test
    void talliesAndCommentCountsAgreeWithTheRowsBehindThem() throws Exception {
        Map<Idea, Map<String, String>> proposals = demoProposals();
        Map<String, int[]> days = new HashMap<>();
        for (Map<String, String> line : rows("votes-daily")) {
            int[] sums = days.computeIfAbsent(line.get("proposal_id"), k -> new int[3]);
            sums[0] += Integer.parseInt(line.get("votes_for")) - Integer.parseInt(line.get("for_removed"));
            sums[1] += Integer.parseInt(line.get("votes_against")) - Integer.parseInt(line.get("against_removed"));
            sums[2]++;
        }
        Map<String, Long> visibleComments = rows("comments").stream()
                .collect(Collectors.groupingBy(c -> c.get("proposal_id"), Collectors.counting()));
        int votes = 0;
        for (Map<String, String> row : proposals.values()) {
            if (row == null) {
                continue;
            }
            String id = row.get("id");
            int[] sums = days.getOrDefault(id, new int[3]);
            assertEquals(row.get("votes_for"), String.valueOf(sums[0]), "FOR votes by day (less those that left) add up to the published tally of " + id);
            assertEquals(row.get("votes_against"), String.valueOf(sums[1]), "AGAINST votes of " + id);
            assertEquals(row.get("comment_count"), String.valueOf(visibleComments.getOrDefault(id, 0L)),
                    "comment count of " + id);
            votes += sums[0] + sums[1];
            assertTrue(sums[0] + sums[1] == 0 || sums[2] > 1 || Integer.parseInt(row.get("votes_for")) < 5,
                    "the votes of " + id + " are spread over days");
        }
        assertTrue(votes > 300, "hundreds of votes: " + votes);
    }

    @Test
    void officialsAnswersTellWhatBecameOfAProposal() throws Exception {
        Map<Idea, Map<String, String>> proposals = demoProposals();
        Map.Entry<Idea, Map<String, String>> implemented = proposals.entrySet().stream()
                .filter(e -> e.getKey().status() == ProposalStatus.IMPLEMENTED && e.getKey().answers().size() > 2)
                .findFirst().orElseThrow();
        List<Map<String, String>> steps = rows("answers").stream()
                .filter(a -> a.get("proposal_id").equals(implemented.getValue().get("id"))).toList();
        List<String> answered = steps.stream().filter(s -> s.get("official_answer").equals("true"))
                .map(s -> s.get("to_status")).toList();
        assertEquals(List.of("ACCEPTED", "IN_PROGRESS", "IMPLEMENTED"), answered);
        for (Map<String, String> step : steps) {
            if (step.get("official_answer").equals("true")) {
                assertEquals("Dominique Élue", step.get("official"));
                assertFalse(step.get("answer").isBlank());
            }
        }
        assertTrue(steps.stream().anyMatch(s -> s.get("to_status").equals("UNDER_REVIEW")), "it went under review first");
        assertTrue(rows("answers").stream().anyMatch(a -> a.get("to_status").equals("REJECTED")
                && a.get("official_answer").equals("true") && !a.get("answer").isBlank()), "a rejection says why");
    }

    @Test
    void threadsHaveAnOfficialsReplyAndAHiddenCommentKeepsItsPlace() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        boolean officialReply = false;
        boolean hidden = false;
        for (Map<String, String> row : demoProposals().values()) {
            if (row == null || row.get("comment_count").equals("0")) {
                continue;
            }
            String thread = visitor.get("api/proposals/" + row.get("id") + "/comments").body();
            officialReply |= thread.matches("(?s).*\"depth\":[12],[^}]*\"official\":true.*");
            hidden |= thread.contains("\"hidden\":true");
        }
        assertTrue(officialReply, "an official replies in a thread");
        assertTrue(hidden, "a comment hidden by reports shows as hidden, without its text");
    }

    @Test
    void aModeratorFindsTheReportedCommentsWaiting() throws Exception {
        PortalClient moderator = new PortalClient(base.toURI());
        assertEquals(302, moderator.signIn("moderation@civitas.example", DemoData.PASSWORD).statusCode());
        String queue = moderator.get("moderation/queue.xhtml").body();
        assertTrue(queue.contains("PANNEAUX SOLAIRES"), "the spam its reports hid");
        assertTrue(queue.contains("badge-warn"), "shown as hidden");
        assertTrue(queue.contains("dorment à 22 h"), "the rude comment one resident reported, still visible");
    }

    @Test
    void anOfficialsDashboardShowsEveryThemeAndDistrictAndTheShares() throws Exception {
        PortalClient official = new PortalClient(base.toURI());
        assertEquals(302, official.signIn("elue@civitas.example", DemoData.PASSWORD).statusCode());
        HttpResponse<String> export = official.get("dashboard/export?format=csv");
        assertEquals(200, export.statusCode());
        List<List<String>> table = CsvReader.parse(export.body());
        Map<String, List<String>> groups = new HashMap<>();
        table.stream().filter(r -> r.get(0).equals("theme") || r.get(0).equals("district"))
                .forEach(r -> groups.put(r.get(0) + " " + r.get(1), r));
        List<String> expected = new ArrayList<>();
        DemoStory.themes().stream().map(ThemeDraft::code).forEach(c -> expected.add("theme " + c));
        DemoStory.districts().stream().map(DistrictDraft::code).forEach(c -> expected.add("district " + c));
        expected.add("district town");
        for (String group : expected) {
            assertTrue(groups.containsKey(group), group);
            assertFalse(groups.get(group).get(6).isEmpty(), group + " has its participants shown: " + groups.get(group));
        }
        assertTrue(table.stream().anyMatch(r -> r.get(0).equals("share") && !r.get(7).equals("0")
                && !r.get(8).equals("0")), "shares and the visits they brought are counted");
        assertTrue(table.stream().anyMatch(r -> r.get(0).equals("median-days-to-answer") && !r.get(9).isEmpty()),
                "the time officials take to answer is measured");
    }

    @Test
    void anAuthorIsToldTheTownAnsweredAndDemoAccountsAreConfirmed() throws Exception {
        Idea answered = DemoStory.ideas().stream().filter(i -> i.status() == ProposalStatus.IMPLEMENTED
                && i.answers().size() > 2).findFirst().orElseThrow();
        Resident author = DemoStory.people().stream().filter(r -> r.key().equals(answered.author())).findFirst()
                .orElseThrow();
        PortalClient client = new PortalClient(base.toURI());
        assertEquals(302, client.signIn(author.email(), DemoData.PASSWORD).statusCode());
        assertTrue(client.awaitPage("account/notifications.xhtml", answered.draft().title())
                        .contains(answered.draft().title()), "the author is notified of the answers");
        for (Resident resident : DemoStory.people()) {
            Map<String, String> account = flat(client.get("api/test-fixtures/account?email=" + resident.email()).body());
            assertEquals("true", account.get("confirmed"), resident.email());
            for (Role role : resident.roles()) {
                assertTrue(account.get("roles").contains(role.name()), resident.email() + " is " + role);
            }
        }
    }

    /**
     * In Chromium, as people see it (screenshots under target/screenshots, axe on each page): the home page shows the
     * demo's proposals; an official signed in finds the review queue waiting and a dashboard of figures.
     */
    @Test
    void theHomePageAndAnOfficialsPagesShowTheStoryInABrowser() throws Exception {
        Map<Idea, Map<String, String>> proposals = demoProposals();
        Map<String, String> underReview = proposals.entrySet().stream()
                .filter(e -> e.getKey().status() == ProposalStatus.UNDER_REVIEW)
                .max(Comparator.comparingInt(e -> e.getKey().thread().size())).orElseThrow().getValue();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.resize(1280, 2200);
            driver.get(base + "?lang=fr");
            Browser.waitForMain(driver, "Vos idées changent la ville");
            String home = driver.findElement(By.tagName("main")).getText();
            assertTrue(proposals.keySet().stream().anyMatch(i -> home.contains(i.draft().title())), "demo proposals on the home page");
            browser.assertAccessible();
            browser.screenshot("demo-home-fr");

            driver.get(base + "proposals/" + underReview.get("id") + "/x");
            Browser.waitForMain(driver, underReview.get("title"));
            browser.assertAccessible();
            browser.screenshot("demo-proposal-fr");

            driver.get(base + "signin.xhtml?lang=fr");
            Browser.type(driver, "email", "elue@civitas.example");
            Browser.type(driver, "password", DemoData.PASSWORD);
            driver.findElement(By.id("submit")).click();
            Browser.waitForMain(driver, "Bienvenue");
            driver.get(base + "review/queue.xhtml");
            Browser.waitForMain(driver, underReview.get("title"));
            browser.screenshot("demo-review-queue-fr");
            driver.get(base + "dashboard/index.xhtml");
            Browser.waitForMain(driver, "Mobilité");
            browser.assertAccessible();
            browser.screenshot("demo-dashboard-fr");
        }
    }

    /** The demo's ideas with their open-data rows (null for one not published), found by title and author. */
    private Map<Idea, Map<String, String>> demoProposals() throws Exception {
        Map<String, String> names = DemoStory.people().stream().collect(Collectors.toMap(Resident::key, Resident::name));
        List<Map<String, String>> rows = rows("proposals");
        Map<Idea, Map<String, String>> found = new HashMap<>();
        for (Idea idea : DemoStory.ideas()) {
            List<Map<String, String>> matching = rows.stream().filter(r -> r.get("title").equals(idea.draft().title())
                    && r.get("author").equals(names.get(idea.author()))).toList();
            assertTrue(matching.size() <= 1, "one demo proposal " + idea.draft().title());
            found.put(idea, matching.isEmpty() ? null : matching.get(0));
        }
        assertTrue(found.values().stream().filter(r -> r != null).count() > 20, "the demo's proposals are published");
        return found;
    }

    /** An open-data dataset as rows keyed by column (every request from one address: its per-minute count is reset). */
    private List<Map<String, String>> rows(String dataset) throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        assertEquals(204, visitor.sendJson("POST", "api/test-fixtures/opendata-limits/reset", null).statusCode());
        HttpResponse<String> csv = visitor.get("api/opendata/v1/" + dataset + ".csv");
        assertEquals(200, csv.statusCode(), dataset);
        List<List<String>> table = CsvReader.parse(csv.body());
        List<String> header = table.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : table.subList(1, table.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < line.size() ? line.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** A flat JSON object's values as text (enough for the fixtures' answers). */
    private static Map<String, String> flat(String json) {
        Map<String, String> values = new HashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|\\[[^]]*]|[^,}]+)").matcher(json);
        while (m.find()) {
            values.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
        }
        return values;
    }

    /** Issue 20: the demo's participatory budget is open for ideas, with its four envelopes. */
    @Test
    void theDemoTownsBudgetTakesIdeasInItsFourEnvelopes() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        String list = visitor.get("api/budgets").body();
        assertTrue(list.contains("\"title\":\"Budget participatif 2027\""), list);
        String id = list.replaceAll("(?s).*\"id\":(\\d+),\"phase\":\"[A-Z_]+\",\"resultsOn\":\"[0-9-]+\",\"slug\":\"budget-participatif-2027\".*", "$1");
        String budget = visitor.get("api/budgets/" + id).body();
        assertTrue(budget.contains("\"phase\":\"SUBMISSION\""), budget);
        assertTrue(budget.contains("\"totalAmount\":300000") && budget.contains("\"unallocated\":0"), budget);
        for (String district : List.of("centre-ville", "gare", "plateau")) {
            assertTrue(budget.contains("\"district\":\"" + district + "\""), district + " in " + budget);
        }
        assertTrue(budget.contains("\"countingRule\":\"EQUAL_SHARES\""), budget);
        String ideas = visitor.get("api/budgets/" + id + "/ideas").body();
        assertTrue(ideas.contains("\"total\":3") && ideas.contains("Planter un verger"), "its first ideas: " + ideas);
    }

    @Test
    void theDemoTownsPilotBudgetIsToldToItsCountedResults() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        String list = visitor.get("api/budgets").body();
        String id = list.replaceAll("(?s).*\"id\":(\\d+),\"phase\":\"[A-Z_]+\",\"resultsOn\":\"[0-9-]+\",\"slug\":\"budget-participatif-2026\".*", "$1");
        String budget = visitor.get("api/budgets/" + id).body();
        assertTrue(budget.contains("\"phase\":\"FOLLOW_UP\"") && budget.contains("\"countingRule\":\"GREEDY\""), budget);
        String town = budget.replaceAll("(?s).*\\{\"amount\":80000,\"id\":(\\d+)\\}.*", "$1");
        String results = visitor.get("api/budgets/" + id + "/results/" + town).body();
        assertTrue(results.contains("\"counted\":true") && results.matches("(?s).*\"ballots\":[3-9]\\d.*"), results);
        assertTrue(results.contains("\"reason\":\"SELECTED\"") && results.contains("\"reason\":\"DID_NOT_FIT\""),
                "some projects funded, some that no longer fitted: " + results);
        assertTrue(results.contains("Un skatepark au stade"), results);
        String page = visitor.get("budgets/results.xhtml?id=" + id).body();
        assertTrue(page.contains("ne rentrait plus"), "the results page says why");
        assertTrue(visitor.get("api/budgets/" + id + "/results/" + town + "/pabulib").body().startsWith("META"));
        String followUp = visitor.get("budgets/follow-up.xhtml?id=" + id).body();
        assertTrue(followUp.contains("Les trois fontaines sont posées") && followUp.contains("Livré"),
                "the follow-up tells where the funded projects stand");
        String merged = visitor.get("api/budgets/" + id + "/ideas?sort=NEWEST&size=50").body();
        assertTrue(merged.contains("Un potager pour les écoliers") && merged.contains("Une piscine couverte"),
                "the duplicate and the idea found not feasible stay readable: " + merged);
        // open data has it whole from the start (seeded in the past, it is opened at once, not by the next job)
        assertTrue(visitor.get("api/opendata/v1/budgets.csv").body().contains("\n" + id + ",Budget participatif 2026,"),
                "the pilot is in open data");
        assertTrue(visitor.get("api/opendata/v1/budget-envelopes.csv").body().contains("\n" + town + "," + id + ",,80000"),
                "with its envelopes");
        assertTrue(visitor.get("api/opendata/v1/budget-milestones.csv").body().contains("Les trois fontaines sont posées"),
                "and its follow-up");
    }
}
