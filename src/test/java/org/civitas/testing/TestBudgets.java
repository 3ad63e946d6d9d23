package org.civitas.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participatory budgets for tests, created through the API by an administrator. */
public final class TestBudgets {

    private TestBudgets() {
    }

    /** Today in the test town's calendar (Europe/Paris), what phases are measured against. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /**
     * A budget's JSON body: its phases begin {@code informationOffset} days from today, then one phase a week after
     * the other (a negative offset: a budget already under way); a whole-town envelope of {@code townAmount} and, if
     * {@code district} is given, one for it of {@code districtAmount}.
     */
    public static String json(String title, long total, int informationOffset, long townAmount, String district,
                              long districtAmount) {
        LocalDate start = today().plusDays(informationOffset);
        StringBuilder phases = new StringBuilder();
        String[] names = {"information", "submission", "review", "voting", "results", "followUp"};
        for (int i = 0; i < names.length; i++) {
            phases.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":\"").append(start.plusWeeks(i))
                    .append('"');
        }
        String envelopes = "{\"amount\":" + townAmount + "}"
                + (district == null ? "" : ",{\"district\":\"" + district + "\",\"amount\":" + districtAmount + "}");
        return "{\"budget\":{\"title\":\"" + title + "\",\"description\":\"Un budget pour les tests.\","
                + "\"totalAmount\":" + total + ",\"ballotKind\":\"KNAPSACK\",\"countingRule\":\"GREEDY\","
                + "\"verifiedOnly\":false,\"phases\":{" + phases + "}},\"envelopes\":[" + envelopes + "]}";
    }

    /** Creates a budget as {@code admin}; its id. */
    public static long create(PortalClient admin, String json) {
        HttpResponse<String> created = admin.sendJson("POST", "api/budgets", json);
        assertEquals(201, created.statusCode(), created.body());
        // from the address (the body's properties come in alphabetical order: its envelopes' ids first)
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * A budget's body with one phase moved to begin today (the phases after it keep their dates): how a test brings a
     * budget to that phase without waiting. {@code phase} is the body's name of it ("review", "voting").
     */
    public static String beginningToday(String json, String phase) {
        return beginningOn(json, phase, today());
    }

    /**
     * A budget's body (as {@link #voting} leaves it) with its vote closed yesterday: its results phase begun long
     * enough ago for the count ({@code BudgetCount} waits a few minutes after the vote closes).
     */
    public static String closed(String json) {
        return beginningOn(json, "results", today().minusDays(1));
    }

    /** A budget's body with one phase moved to begin on {@code day}. */
    public static String beginningOn(String json, String phase, LocalDate day) {
        Matcher m = Pattern.compile("\"" + phase + "\":\"([0-9-]{10})\"").matcher(json);
        assertTrue(m.find(), json);
        return json.replace(m.group(0), "\"" + phase + "\":\"" + day + "\"");
    }

    /** Changes a budget as {@code admin} to {@code json} (a creation's body), at the version it has now. */
    public static void change(PortalClient admin, long id, String json) {
        HttpResponse<String> read = admin.get("api/budgets/" + id);
        assertEquals(200, read.statusCode(), read.body());
        long version = TestProposals.number(read.body(), "version");
        HttpResponse<String> changed = admin.sendJson("PUT", "api/budgets/" + id,
                json.substring(0, json.length() - 1) + ",\"version\":" + version + "}");
        assertEquals(200, changed.statusCode(), changed.body());
    }

    /** The id of a budget's envelope: the whole town's ({@code district} null) or a district's. */
    public static long envelope(PortalClient client, long budgetId, String district) {
        String body = client.get("api/budgets/" + budgetId).body();
        Matcher m = Pattern.compile("\\{\"amount\":\\d+,(\"district\":\"([a-z-]+)\",\"districtName\":\"[^\"]*\",)?\"id\":(\\d+)")
                .matcher(body);
        while (m.find()) {
            if (district == null ? m.group(2) == null : district.equals(m.group(2))) {
                return Long.parseLong(m.group(3));
            }
        }
        throw new AssertionError("no envelope " + district + " in " + body);
    }

    /** An idea written and published for an envelope by a new resident; its id. */
    public static long idea(URI base, long budgetId, long envelopeId, String title, long cost) {
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Auteur " + title.substring(0, Math.min(20, title.length())));
        HttpResponse<String> created = resident.sendJson("POST", "api/budgets/" + budgetId + "/ideas",
                "{\"envelopeId\":" + envelopeId + ",\"estimatedCost\":" + cost + ",\"text\":{\"title\":\"" + title
                        + "\",\"summary\":\"Un résumé clair.\",\"body\":\"Où, pour qui, pourquoi.\",\"themeCode\":\"culture\"}}");
        assertEquals(201, created.statusCode(), created.body());
        long id = TestProposals.number(created.body(), "id");
        HttpResponse<String> published = resident.sendJson("POST", "api/proposals/" + id + "/publish", null);
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    /** An official finds an idea feasible at {@code cost}, through the review form. */
    public static void assessFeasible(PortalClient official, long ideaId, String title, long cost) {
        HttpResponse<String> saved = official.submitForm("review/idea.xhtml?id=" + ideaId, "assessForm", "save",
                Map.of("id", Long.toString(ideaId), "verdict", "FEASIBLE", "title", title, "cost", Long.toString(cost),
                        "reason", ""));
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, "assessed: " + saved.statusCode());
    }

    /** An official publishes a budget's projects, through the review page's form. */
    public static void publishProjects(PortalClient official, long budgetId) {
        HttpResponse<String> published = official.submitForm("review/budget.xhtml?id=" + budgetId, "publishForm",
                "publish", Map.of("id", Long.toString(budgetId), "confirmed", "true"));
        assertTrue(published.statusCode() == 302 || published.statusCode() == 303, "published: " + published.statusCode());
    }

    /** The projects on an envelope's ballot, by title: their ids. */
    public static Map<String, Long> projects(PortalClient client, long budgetId, long envelopeId) {
        String body = client.get("api/budgets/" + budgetId + "/ballot/" + envelopeId + "?size=100").body();
        Map<String, Long> projects = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\{\"chosen\":(?:true|false),\"cost\":\\d+,\"id\":(\\d+),\"ideaId\":\\d+,"
                + "\"path\":\"[^\"]*\",\"summary\":\"[^\"]*\",\"theme\":\"[^\"]*\",\"title\":\"([^\"]*)\"").matcher(body);
        while (m.find()) {
            projects.put(m.group(2), Long.parseLong(m.group(1)));
        }
        return projects;
    }

    /**
     * A budget in its vote, set up as a town would: ideas written and published, assessed feasible by an official,
     * projects published, the vote begun two days ago. {@code json}: the budget's body as changed last (to move a phase
     * again); project ids by title (the town's without their random suffix).
     */
    public record Voting(long budget, long town, long gare, Map<String, Long> townProjects, Map<String, Long> gareProjects,
                         String json, PortalClient admin) {
    }

    /**
     * A budget in its vote: 100,000 € for the whole town (projects of 60,000, 50,000 and 30,000: "Une fresque murale",
     * "Un jardin partagé", "Des bancs ombragés"), 50,000 € for the gare (one project of 20,000). {@code ballotKind}
     * replaces the body's {@code "ballotKind":"KNAPSACK"} (an approval ballot with its maxChoices, say).
     */
    public static Voting voting(URI base, String ballotKind) {
        PortalClient admin = new PortalClient(base);
        TestAccounts.signInAsAdmin(admin);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String json = json("Budget voté " + suffix, 150_000, -10, 100_000, "gare", 50_000)
                .replace("\"ballotKind\":\"KNAPSACK\"", ballotKind);
        long budget = create(admin, json);
        long town = envelope(admin, budget, null);
        long gare = envelope(admin, budget, "gare");
        Map<String, Long> costs = Map.of("Une fresque murale " + suffix, 60_000L, "Un jardin partagé " + suffix, 50_000L,
                "Des bancs ombragés " + suffix, 30_000L);
        Map<Long, String> ideas = new HashMap<>();
        costs.forEach((title, cost) -> ideas.put(idea(base, budget, town, title, cost), title));
        long shelter = idea(base, budget, gare, "Un abri vélo à la gare " + suffix, 20_000);
        // The review began three days ago and the vote two days ago: a test may close the vote yesterday
        String review = beginningOn(json, "review", today().minusDays(3));
        change(admin, budget, review);
        PortalClient official = TestAccounts.signedInWithRole(base, "Élu Vote " + suffix, "OFFICIAL");
        ideas.forEach((id, title) -> assessFeasible(official, id, title, costs.get(title)));
        assessFeasible(official, shelter, "Un abri vélo à la gare " + suffix, 20_000);
        publishProjects(official, budget);
        String voting = beginningOn(review, "voting", today().minusDays(2));
        change(admin, budget, voting);
        Map<String, Long> townProjects = new HashMap<>();
        projects(admin, budget, town).forEach((title, id) -> townProjects.put(title.substring(0, title.length() - 7), id));
        assertEquals(3, townProjects.size(), townProjects.toString());
        return new Voting(budget, town, gare, townProjects, projects(admin, budget, gare), voting, admin);
    }
}
