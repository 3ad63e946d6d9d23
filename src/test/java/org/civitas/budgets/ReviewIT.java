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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, technical review: officials assess each idea of a budget in review (feasible with a cost, not feasible
 * with a public reason, merged into a feasible one with its author credited and told), then publish the projects,
 * which fixes the review. Driven through the officials' forms, as without JavaScript.
 */
@ExtendWith(Portal.class)
class ReviewIT {

    private final URL base = Portal.base();

    private record Idea(long id, String path, PortalClient author) {
    }

    private Idea idea(long budget, long envelope, String title, long cost, String author) throws Exception {
        PortalClient resident = new PortalClient(base.toURI());
        resident.registerNewCitizen(author);
        HttpResponse<String> created = resident.sendJson("POST", "api/budgets/" + budget + "/ideas",
                "{\"envelopeId\":" + envelope + ",\"estimatedCost\":" + cost + ",\"text\":{\"title\":\"" + title
                        + "\",\"summary\":\"Un résumé clair.\",\"body\":\"Où, pour qui, pourquoi.\",\"themeCode\":\"culture\"}}");
        assertEquals(201, created.statusCode(), created.body());
        long id = TestProposals.number(created.body(), "id");
        HttpResponse<String> published = resident.sendJson("POST", "api/proposals/" + id + "/publish", null);
        assertEquals(200, published.statusCode(), published.body());
        Matcher path = Pattern.compile("\"path\":\"/([^\"]+)\"").matcher(published.body());
        assertTrue(path.find());
        return new Idea(id, path.group(1), resident);
    }

    private static HttpResponse<String> assess(PortalClient official, long idea, String verdict, String title,
                                               String cost, String reason, Long mergedInto) {
        Map<String, String> fields = new HashMap<>(Map.of("id", Long.toString(idea), "verdict", verdict,
                "title", title, "cost", cost, "reason", reason));
        if (mergedInto != null) {
            fields.put("mergedInto", mergedInto.toString());
        }
        return official.submitForm("review/idea.xhtml?id=" + idea, "assessForm", "save", fields);
    }

    private static boolean redirected(HttpResponse<String> response) {
        return response.statusCode() == 302 || response.statusCode() == 303;
    }

    @Test
    void officialsAssessEachIdeaMergeDuplicatesWithCreditAndPublishTheProjects() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String json = TestBudgets.json("Budget analysé " + suffix, 200_000, -10, 200_000, null, 0);
        long budget = TestBudgets.create(admin, json);
        String body = admin.get("api/budgets/" + budget).body();
        long town = TestProposals.number(body.substring(body.indexOf("\"envelopes\"")), "id");
        Idea kept = idea(budget, town, "Une boîte à livres au parc " + suffix, 3_000, "Auteure Gardée");
        Idea twin = idea(budget, town, "Des livres en libre accès au parc " + suffix, 2_000, "Auteur Jumeau");
        Idea dream = idea(budget, town, "Une piscine olympique " + suffix, 150_000, "Auteur Rêveur");
        TestBudgets.change(admin, budget, TestBudgets.beginningToday(json, "review"));
        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élue Analyse " + suffix, "OFFICIAL");

        String list = official.get("review/budget.xhtml?id=" + budget).body();
        assertTrue(list.contains(kept.path().substring(kept.path().lastIndexOf('/') + 1)) && list.contains("0 idée analysée sur 3"),
                "the review lists the budget's ideas");
        HttpResponse<String> early = official.submitForm("review/budget.xhtml?id=" + budget, "publishForm", "publish",
                Map.of("id", Long.toString(budget), "confirmed", "true"));
        assertTrue(early.body().contains("3 idées restent à analyser"), "not before every idea is assessed");

        assertTrue(redirected(assess(official, kept.id(), "FEASIBLE", "Une boîte à livres au parc", "3 500 €", "", null)));
        HttpResponse<String> noReason = assess(official, dream.id(), "UNFEASIBLE", "Une piscine olympique", "", "", null);
        assertFalse(redirected(noReason));
        assertTrue(noReason.body().contains("Expliquez publiquement"), "a refusal needs its public reason");
        assertTrue(redirected(assess(official, dream.id(), "UNFEASIBLE", "Une piscine olympique", "",
                "Le coût dépasse l’enveloppe entière.", null)));
        HttpResponse<String> selfMerge = assess(official, twin.id(), "MERGED", "Des livres", "", "", twin.id());
        assertFalse(redirected(selfMerge), "merged into itself: refused");
        assertTrue(redirected(assess(official, twin.id(), "MERGED", "Des livres en libre accès", "",
                "La même idée que la boîte à livres.", kept.id())));

        PortalClient visitor = new PortalClient(base.toURI());
        String keptPage = visitor.get(kept.path()).body();
        assertTrue(keptPage.contains("Faisable") && keptPage.contains("3") && keptPage.contains("Auteur Jumeau"),
                "the feasible project credits the merged idea's author");
        String twinPage = visitor.get(twin.path()).body();
        assertTrue(twinPage.contains("Fusionnée") && twinPage.contains(kept.path()), "the duplicate links to its project");
        assertTrue(visitor.get(dream.path()).body().contains("Le coût dépasse l’enveloppe entière."), "the reason is public");
        assertTrue(twin.author().awaitPage("account/notifications.xhtml", "analyse technique de votre idée")
                .contains("analyse technique de votre idée"), "the duplicate's author is told");

        HttpResponse<String> unconfirmed = official.submitForm("review/budget.xhtml?id=" + budget, "publishForm", "publish",
                Map.of("id", Long.toString(budget)));
        assertTrue(unconfirmed.body().contains("Cochez la case"), "publishing is confirmed first");
        HttpResponse<String> published = official.submitForm("review/budget.xhtml?id=" + budget, "publishForm", "publish",
                Map.of("id", Long.toString(budget), "confirmed", "true"));
        assertTrue(redirected(published), "published: " + published.statusCode());
        assertTrue(official.get("review/budget.xhtml?id=" + budget).body().contains("l’analyse est close"));
        HttpResponse<String> late = assess(official, dream.id(), "FEASIBLE", "Une piscine", "150000", "", null);
        assertTrue(late.body().contains("déjà publiés"), "the review is fixed once published");

        assertEquals(403, twin.author().get("review/budget.xhtml?id=" + budget).statusCode(), "officials only");
    }
}
