package org.civitas.budgets;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20: budgets set up by administrators through the API, with their phases and envelopes; read by anyone once
 * their information phase has begun; what the vote decides fixed once it has begun; bad input a clear 4xx.
 */
@ExtendWith(Portal.class)
class BudgetsRestIT {

    private final URL base = Portal.base();

    private PortalClient admin() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        return admin;
    }

    @Test
    void anAdministratorSetsUpABudgetThatEveryoneReadsWithItsPhaseAndEnvelopes() throws Exception {
        String title = "Budget ouvert " + UUID.randomUUID().toString().substring(0, 6);
        PortalClient admin = admin();
        // information began 10 days ago: the submission of ideas began 3 days ago
        long id = TestBudgets.create(admin, TestBudgets.json(title, 1_000_000, -10, 600_000, "gare", 300_000));

        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> read = visitor.get("api/budgets/" + id);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"phase\":\"SUBMISSION\""), read.body());
        assertTrue(read.body().contains("\"unallocated\":100000"), read.body());
        assertTrue(read.body().contains("\"district\":\"gare\"") && read.body().contains("\"amount\":300000"), read.body());
        assertTrue(read.body().contains("\"amount\":600000"), read.body());
        assertTrue(visitor.get("api/budgets").body().contains("\"id\":" + id + ","), "listed");

        HttpResponse<String> page = visitor.get("budgets/view.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title) && page.body().contains("Dépôt des idées")
                && page.body().contains("aria-current=\"step\""), "the page shows the phase now");
        assertTrue(visitor.get("budgets/index.xhtml").body().contains(title), "the list shows it");

        // shared, its link preview shows its own card: the title, the amount and phase, the vote's dates
        Matcher image = Pattern.compile("<meta property=\"og:image\" content=\"([^\"]+)\"").matcher(page.body());
        assertTrue(image.find() && image.group(1).startsWith("http") && image.group(1).endsWith("/cards/budgets/" + id + ".png")
                && page.body().contains("<meta name=\"twitter:card\" content=\"summary_large_image\""), page.body());
        HttpResponse<byte[]> card = visitor.sendForBytes(HttpRequest.newBuilder(base.toURI().resolve("cards/budgets/" + id + ".png")).build());
        assertEquals(200, card.statusCode());
        assertEquals("image/png", card.headers().firstValue("Content-Type").orElse(""));
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(card.body()));
        assertEquals(1200, drawn.getWidth());
        assertEquals(630, drawn.getHeight());
        String etag = card.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, visitor.sendForBytes(HttpRequest.newBuilder(base.toURI().resolve("cards/budgets/" + id + ".png"))
                .header("If-None-Match", etag).build()).statusCode(), "unchanged: not drawn nor sent again");
    }

    @Test
    void anUpcomingBudgetIsSeenByAdministratorsOnly() throws Exception {
        String title = "Budget à venir " + UUID.randomUUID().toString().substring(0, 6);
        PortalClient admin = admin();
        long id = TestBudgets.create(admin, TestBudgets.json(title, 500_000, 5, 500_000, null, 0));
        PortalClient visitor = new PortalClient(base.toURI());
        assertEquals(404, visitor.get("api/budgets/" + id).statusCode());
        assertEquals(404, visitor.get("budgets/view.xhtml?id=" + id).statusCode());
        assertEquals(404, visitor.get("cards/budgets/" + id + ".png").statusCode(), "no card before it opens");
        assertFalse(visitor.get("api/budgets").body().contains("\"id\":" + id + ","));
        HttpResponse<String> seen = admin.get("api/budgets/" + id);
        assertEquals(200, seen.statusCode());
        assertTrue(seen.body().contains("\"phase\":\"UPCOMING\""), seen.body());
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndOnlyAdministratorsWrite() throws Exception {
        PortalClient admin = admin();
        String over = TestBudgets.json("Budget trop réparti", 100_000, 1, 80_000, "gare", 30_000);
        HttpResponse<String> refused = admin.sendJson("POST", "api/budgets", over);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("110"), "the message gives the sum: " + refused.body());

        String unordered = TestBudgets.json("Budget désordonné", 100_000, 1, 100_000, null, 0)
                .replaceFirst("\"results\":\"[0-9-]+\"", "\"results\":\"2000-01-01\"");
        assertEquals(422, admin.sendJson("POST", "api/budgets", unordered).statusCode());
        assertEquals(422, admin.sendJson("POST", "api/budgets",
                TestBudgets.json("Budget d’ailleurs", 100_000, 1, 50_000, "nulle-part", 10_000)).statusCode());
        assertEquals(422, admin.sendJson("POST", "api/budgets", "{}").statusCode());
        assertEquals(400, admin.sendJson("POST", "api/budgets", "{\"budget\":").statusCode());

        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Citoyen Budget");
        String fine = TestBudgets.json("Budget interdit", 100_000, 1, 100_000, null, 0);
        assertEquals(403, citizen.sendJson("POST", "api/budgets", fine).statusCode());
        assertEquals(401, new PortalClient(base.toURI()).sendJson("POST", "api/budgets", fine).statusCode());
    }

    @Test
    void whatTheVoteDecidesIsFixedOnceItBeginsAndAStaleVersionIsRefused() throws Exception {
        String title = "Budget en vote " + UUID.randomUUID().toString().substring(0, 6);
        PortalClient admin = admin();
        // information began 22 days ago: the vote began a day ago
        String json = TestBudgets.json(title, 200_000, -22, 200_000, null, 0);
        long id = TestBudgets.create(admin, json);
        HttpResponse<String> read = admin.get("api/budgets/" + id);
        assertTrue(read.body().contains("\"phase\":\"VOTING\""), read.body());
        long version = TestProposals.number(read.body(), "version");

        String moreMoney = json.replace("\"totalAmount\":200000", "\"totalAmount\":300000");
        HttpResponse<String> fixed = admin.sendJson("PUT", "api/budgets/" + id,
                moreMoney.substring(0, moreMoney.length() - 1) + ",\"version\":" + version + "}");
        assertEquals(409, fixed.statusCode(), fixed.body());
        assertTrue(fixed.body().contains("vote"), fixed.body());

        String retitled = json.replace(title, title + " (corrigé)");
        HttpResponse<String> changed = admin.sendJson("PUT", "api/budgets/" + id,
                retitled.substring(0, retitled.length() - 1) + ",\"version\":" + version + "}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("(corrigé)"));

        HttpResponse<String> stale = admin.sendJson("PUT", "api/budgets/" + id,
                retitled.substring(0, retitled.length() - 1) + ",\"version\":" + version + "}");
        assertEquals(409, stale.statusCode(), "a change made on an old version: " + stale.body());
    }

    /** The administration form works without script: a budget created, then a mistake that keeps the form and says why. */
    @Test
    void theAdministrationFormCreatesABudgetAndExplainsWhatItRefuses() throws Exception {
        String title = "Budget du formulaire " + UUID.randomUUID().toString().substring(0, 6);
        PortalClient admin = admin();
        LocalDate d = TestBudgets.today().minusDays(2);
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "description", "Créé par le formulaire.",
                "total", "500000", "information", d.toString(), "submission", d.plusDays(1).toString(),
                "review", d.plusDays(20).toString(), "voting", d.plusDays(30).toString(),
                "results", d.plusDays(40).toString(), "followUp", d.plusDays(50).toString()));
        fields.putAll(Map.of("ballotKind", "KNAPSACK", "countingRule", "EQUAL_SHARES", "townAmount", "300000",
                "district-gare", "200 000"));
        HttpResponse<String> saved = admin.submitForm("admin/budget.xhtml", "budgetForm", "saveBudget", fields);
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, saved.statusCode() + " " + saved.body());
        String page = admin.follow(saved).body();
        assertTrue(page.contains(title) && page.contains("Dépôt des idées") && page.contains("parts égales"), page);

        fields.put("title", title + " bis");
        fields.put("district-gare", "300000");
        HttpResponse<String> refused = admin.submitForm("admin/budget.xhtml", "budgetForm", "saveBudget", fields);
        assertEquals(200, refused.statusCode(), "the form again, with the message");
        assertTrue(refused.body().contains("600") && refused.body().contains("500"), "the sum and the total: "
                + refused.body());
        assertTrue(refused.body().contains(title + " bis"), "what was typed is kept");
        assertFalse(new PortalClient(base.toURI()).get("api/budgets").body().contains(title + " bis"), "nothing written");
    }

    /**
     * Open data: a budget is in budgets.csv and the change feed once its information phase has begun, not before (an
     * upcoming budget and its envelopes stay out); one that opens by a change of its dates comes in the feed then.
     */
    @Test
    void openDataHasTheBudgetsOpenToThePublicAndTheirEnvelopes() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 6);
        PortalClient admin = admin();
        long open = TestBudgets.create(admin, TestBudgets.json("Budget public " + word, 400_000, -3, 300_000, "gare", 100_000));
        String upcomingJson = TestBudgets.json("Budget futur " + word, 200_000, 4, 200_000, null, 0);
        long upcoming = TestBudgets.create(admin, upcomingJson);

        PortalClient visitor = new PortalClient(base.toURI());
        assertEquals(204, visitor.sendJson("POST", "api/test-fixtures/opendata-limits/reset", null).statusCode());
        String budgets = visitor.get("api/opendata/v1/budgets.csv").body();
        assertTrue(budgets.contains("Budget public " + word), budgets);
        assertTrue(budgets.contains("/budgets/view.xhtml?id=" + open), "with its page's address");
        assertFalse(budgets.contains("Budget futur " + word), "an upcoming budget is not public yet");
        String envelopes = visitor.get("api/opendata/v1/budget-envelopes.csv").body();
        assertTrue(envelopes.contains("," + open + ",gare,100000\r\n"), envelopes);
        assertTrue(envelopes.contains("," + open + ",,300000\r\n"), "the whole town's envelope: no district");
        assertFalse(envelopes.contains("," + upcoming + ","), "nor its envelopes");

        Thread.sleep(1100);
        String beforeOpening = Instant.now().toString();
        Thread.sleep(50);
        long version = TestProposals.number(admin.get("api/budgets/" + upcoming).body(), "version");
        String opened = upcomingJson.replaceFirst("\"information\":\"[0-9-]+\"",
                "\"information\":\"" + TestBudgets.today() + "\"");
        HttpResponse<String> changed = admin.sendJson("PUT", "api/budgets/" + upcoming,
                opened.substring(0, opened.length() - 1) + ",\"version\":" + version + "}");
        assertEquals(200, changed.statusCode(), changed.body());
        long deadline = System.nanoTime() + 30_000_000_000L;
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            seen = visitor.get("api/opendata/v1/budgets.json?since=" + beforeOpening).body()
                    .contains("\"id\":" + upcoming + ",");
            Thread.sleep(300);
        }
        assertTrue(seen, "the budget comes in the change feed when it opens");
    }
}
