package org.civitas.budgets;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, ideas: residents write ideas for a budget's envelopes during its submission phase; an idea is a proposal
 * (published, supported, commented on as one) that stays out of the proposals' list and goes to its budget's.
 */
@ExtendWith(Portal.class)
class IdeasIT {

    private final URL base = Portal.base();

    private PortalClient admin() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        return admin;
    }

    private PortalClient resident(String name) throws Exception {
        PortalClient resident = new PortalClient(base.toURI());
        resident.registerNewCitizen(name);
        return resident;
    }

    /** The id of a budget's envelope: the whole town's ({@code district} null) or a district's. */
    private long envelope(PortalClient client, long budgetId, String district) {
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

    private static String idea(long envelopeId, long cost, String title) {
        return "{\"envelopeId\":" + envelopeId + ",\"estimatedCost\":" + cost + ",\"text\":{\"title\":\"" + title
                + "\",\"summary\":\"Un résumé clair de l'idée.\",\"body\":\"Où, pour qui, pourquoi.\","
                + "\"themeCode\":\"mobilite\"}}";
    }

    @Test
    void aResidentsIdeaGoesToItsBudgetAndNotToTheProposalsList() throws Exception {
        String budgetTitle = "Budget des idées " + UUID.randomUUID().toString().substring(0, 6);
        long budget = TestBudgets.create(admin(), TestBudgets.json(budgetTitle, 900_000, -10, 600_000, "gare", 300_000));
        PortalClient resident = resident("Habitante Idées");
        long gare = envelope(resident, budget, "gare");
        long town = envelope(resident, budget, null);
        String title = "Un abri vélo devant la gare " + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> created = resident.sendJson("POST", "api/budgets/" + budget + "/ideas", idea(gare, 45_000, title));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/api/proposals/"), location);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertTrue(created.body().contains("\"district\":\"gare\"") && created.body().contains("\"estimatedCost\":45000")
                && created.body().contains("\"envelopeId\":" + gare) && created.body().contains("\"status\":\"DRAFT\""),
                "a draft of the envelope's district: " + created.body());
        HttpResponse<String> published = resident.sendJson("POST", "api/proposals/" + id + "/publish", null);
        assertEquals(200, published.statusCode(), published.body());

        PortalClient visitor = new PortalClient(base.toURI());
        String ideas = visitor.get("api/budgets/" + budget + "/ideas").body();
        assertTrue(ideas.contains(title) && ideas.contains("\"estimatedCost\":45000") && ideas.contains("\"total\":1"), ideas);
        assertFalse(visitor.get("api/budgets/" + budget + "/ideas?envelope=" + town).body().contains(title),
                "the whole town's envelope does not list a district's idea");
        assertEquals(400, visitor.get("api/budgets/" + budget + "/ideas?envelope=abc").statusCode());
        String proposals = visitor.get("api/proposals?q=" + title.substring(title.length() - 6)).body();
        assertTrue(proposals.contains("\"total\":0"), "not a proposal of the list: " + proposals);

        Matcher path = Pattern.compile("\"path\":\"/([^\"]+)\"").matcher(published.body());
        assertTrue(path.find(), published.body());
        String page = visitor.get(path.group(1)).body();
        assertTrue(page.contains("45") && page.contains("Coût estimé") && page.contains(budgetTitle)
                && page.contains("budgets/ideas.xhtml?id=" + budget), "the idea's page names its budget and cost");
        assertFalse(page.contains("id=\"vote-progress\""), "no threshold for an idea");
        assertTrue(visitor.get("budgets/view.xhtml?id=" + budget).body().contains("Voir les idées (1)"));
        String list = visitor.get("budgets/ideas.xhtml?id=" + budget + "&envelope=" + gare).body();
        assertTrue(list.contains(title) && list.contains("1 idée"), "the budget's ideas page lists it");
    }

    @Test
    void theIdeaFormWorksWithoutJavaScriptAndReadsEurosAsPeopleTypeThem() throws Exception {
        long budget = TestBudgets.create(admin(), TestBudgets.json("Budget formulaire " + UUID.randomUUID()
                .toString().substring(0, 6), 500_000, -10, 500_000, null, 0));
        PortalClient resident = resident("Habitant Formulaire");
        long town = envelope(resident, budget, null);
        String title = "Des bancs sur la place du marché " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> fields = Map.of("budget", Long.toString(budget), "envelopeId", Long.toString(town),
                "title", title, "summary", "Se reposer au marché.", "body", "Six bancs, à l'ombre.",
                "themeCode", "mobilite", "estimatedCost", "12 000 €");

        HttpResponse<String> wrong = resident.submitForm("budgets/idea.xhtml?budget=" + budget, "ideaForm", "publish",
                Map.of("budget", Long.toString(budget), "envelopeId", Long.toString(town), "title", title,
                        "summary", "Se reposer.", "body", "Six bancs.", "themeCode", "mobilite", "estimatedCost", "douze"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("euros entiers"), "the cost that does not read is said on its field");

        HttpResponse<String> sent = resident.submitForm("budgets/idea.xhtml?budget=" + budget, "ideaForm", "publish", fields);
        assertTrue(sent.statusCode() == 302 || sent.statusCode() == 303, "redirected to the idea: " + sent.statusCode());
        String where = sent.headers().firstValue("Location").orElseThrow();
        assertTrue(where.contains("/proposals/"), where);
        String ideas = resident.get("api/budgets/" + budget + "/ideas").body();
        assertTrue(ideas.contains(title) && ideas.contains("\"estimatedCost\":12000") && ideas.contains("PUBLISHED"), ideas);
    }

    @Test
    void ideasAreTakenOnlyDuringTheSubmissionPhaseAndFromTheBudgetsOwnEnvelopes() throws Exception {
        PortalClient admin = admin();
        // information began 3 days ago: ideas are taken from in 4 days
        long early = TestBudgets.create(admin, TestBudgets.json("Budget en information", 100_000, -3, 100_000, null, 0));
        long open = TestBudgets.create(admin, TestBudgets.json("Budget en dépôt", 100_000, -10, 100_000, null, 0));
        PortalClient resident = resident("Habitant Pressé");
        long earlyTown = envelope(resident, early, null);
        long openTown = envelope(resident, open, null);

        HttpResponse<String> tooEarly = resident.sendJson("POST", "api/budgets/" + early + "/ideas",
                idea(earlyTown, 1000, "Une idée proposée trop tôt"));
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        assertTrue(tooEarly.body().contains("information"), tooEarly.body());
        assertEquals(404, resident.sendJson("POST", "api/budgets/" + open + "/ideas",
                idea(earlyTown, 1000, "Une idée pour l'enveloppe d'un autre")).statusCode());
        assertEquals(422, resident.sendJson("POST", "api/budgets/" + open + "/ideas",
                idea(openTown, 0, "Une idée qui ne coûte rien")).statusCode());
        assertEquals(401, new PortalClient(base.toURI()).sendJson("POST", "api/budgets/" + open + "/ideas",
                idea(openTown, 1000, "Une idée sans compte")).statusCode());

        // A draft written in time is not published once the technical review has begun
        HttpResponse<String> draft = resident.sendJson("POST", "api/budgets/" + open + "/ideas",
                idea(openTown, 1000, "Une idée gardée trop longtemps"));
        assertEquals(201, draft.statusCode(), draft.body());
        long id = TestProposals.number(draft.body(), "id");
        TestBudgets.change(admin, open, TestBudgets.beginningToday(
                TestBudgets.json("Budget en dépôt", 100_000, -10, 100_000, null, 0), "review"));
        HttpResponse<String> late = resident.sendJson("POST", "api/proposals/" + id + "/publish", null);
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(resident.get("api/proposals/" + id).body().contains("\"status\":\"DRAFT\""), "still a draft");
    }
}
