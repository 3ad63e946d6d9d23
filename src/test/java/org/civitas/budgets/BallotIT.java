package org.civitas.budgets;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, the vote: a resident declares once, fills a basket within an envelope's amount (what does not fit is
 * said), confirms it as their ballot and may change it until the vote closes; one ballot per resident and envelope
 * whatever arrives at once; an approval ballot counts projects instead of euros. Over real HTTP.
 */
@ExtendWith(Portal.class)
class BallotIT {

    private final URI base = Portal.base().toURI();

    BallotIT() throws Exception {
    }

    private static HttpResponse<String> basket(PortalClient resident, TestBudgets.Voting v, long envelope, String action) {
        return resident.submitForm("budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + envelope, "basketForm",
                "basketAction", Map.of("id", Long.toString(v.budget()), "envelope", Long.toString(envelope),
                        "basketAction", action));
    }

    private static boolean redirected(HttpResponse<String> response) {
        return response.statusCode() == 302 || response.statusCode() == 303;
    }

    @Test
    void aResidentFillsABasketWithinTheEnvelopeConfirmsItAndMayChangeIt() throws Exception {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"KNAPSACK\"");
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Votante Panier");
        String page = resident.get("budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + v.town()).body();
        assertTrue(page.contains("id=\"declareForm\""), "a resident declares first");
        HttpResponse<String> declared = resident.submitForm("budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + v.town(),
                "declareForm", "declare", Map.of("id", Long.toString(v.budget()), "envelope", Long.toString(v.town()),
                        "district", "gare"));
        assertTrue(redirected(declared), "declared: " + declared.statusCode());

        long fresco = v.townProjects().get("Une fresque murale");
        long garden = v.townProjects().get("Un jardin partagé");
        long benches = v.townProjects().get("Des bancs ombragés");
        assertTrue(redirected(basket(resident, v, v.town(), "add:" + fresco)));
        String api = resident.get("api/budgets/" + v.budget() + "/ballot/" + v.town()).body();
        assertTrue(api.contains("\"left\":40000") && api.contains("\"confirmed\":false"), api);
        HttpResponse<String> tooDear = basket(resident, v, v.town(), "add:" + garden);
        assertFalse(redirected(tooDear));
        assertTrue(tooDear.body().contains("Ce projet ne rentre pas") && tooDear.body().contains("40"),
                "what does not fit is said, with what is left");
        assertTrue(redirected(basket(resident, v, v.town(), "add:" + benches)));
        String listed = resident.get("budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + v.town()).body();
        assertTrue(listed.contains("<progress max=\"100\" value=\"90\"") && listed.contains("id=\"confirmForm\""),
                "the bar shows what the basket spends, and the ballot waits for its confirmation");

        HttpResponse<String> confirmed = resident.submitForm("budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + v.town(),
                "confirmForm", "confirm", Map.of("id", Long.toString(v.budget()), "envelope", Long.toString(v.town())));
        assertTrue(redirected(confirmed));
        api = resident.get("api/budgets/" + v.budget() + "/ballot/" + v.town()).body();
        assertTrue(api.contains("\"confirmed\":true") && api.contains("\"ballot\":[") && api.contains(fresco + "")
                && api.contains(benches + ""), api);

        assertTrue(redirected(basket(resident, v, v.town(), "remove:" + benches)));
        api = resident.get("api/budgets/" + v.budget() + "/ballot/" + v.town()).body();
        assertTrue(api.contains("\"confirmed\":false") && api.contains("\"basket\":[" + fresco + "]"), api);
        assertTrue(api.matches("(?s).*\"ballot\":\\[[0-9,]*" + benches + ".*"), "the confirmed ballot counts until confirmed again: " + api);
        assertTrue(resident.get("budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + v.town()).body()
                .contains("confirmez à nouveau"), "the page says the change is not counted yet");

        // The district envelope declared, and not another
        long shelter = v.gareProjects().values().iterator().next();
        HttpResponse<String> gare = resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.gare(),
                "{\"projects\":[" + shelter + "]}");
        assertEquals(200, gare.statusCode(), gare.body());
        PortalClient townOnly = new PortalClient(base);
        townOnly.registerNewCitizen("Votant Centre");
        assertEquals(409, townOnly.sendJson("PUT", "api/budgets/" + v.budget() + "/ballot/" + v.town() + "/basket/" + fresco,
                null).statusCode(), "not before declaring");
        assertEquals(204, townOnly.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode());
        assertEquals(409, townOnly.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode(), "once");
        assertEquals(403, townOnly.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.gare(),
                "{\"projects\":[" + shelter + "]}").statusCode(), "not another district's envelope");
        assertEquals(409, townOnly.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[" + fresco + "," + garden + "]}").statusCode(), "over the envelope's amount");
        assertEquals(422, townOnly.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(), "{}").statusCode(),
                "an empty ballot");
        // a ballot sent whole: its basket replaced, then one made empty is refused and the confirmed one stays
        assertEquals(200, townOnly.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[" + fresco + "," + benches + "]}").statusCode());
        assertEquals(422, townOnly.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[]}").statusCode(), "an empty ballot sent whole");
        String kept = townOnly.get("api/budgets/" + v.budget() + "/ballot/" + v.town()).body();
        assertTrue(kept.contains("\"confirmed\":true") && kept.matches("(?s).*\"basket\":\\[(" + fresco + "," + benches + "|" + benches + "," + fresco + ")\\].*"),
                "nothing changed: " + kept);
        assertEquals(401, new PortalClient(base).sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[" + fresco + "]}").statusCode());
    }

    @Test
    void oneBallotPerResidentAndEnvelopeWhateverArrivesAtOnce() throws Exception {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"KNAPSACK\"");
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Votant Pressé");
        List<Long> ids = List.copyOf(v.townProjects().values());
        int senders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> declarations = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                declarations.add(pool.submit(() -> {
                    start.await();
                    return resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : declarations) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 204).count(), "declared once: " + statuses);
            assertEquals(senders - 1, statuses.stream().filter(s -> s == 409).count(), "the others told: " + statuses);

            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> ballots = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                long project = ids.get(i % ids.size());
                Callable<Integer> send = () -> {
                    go.await();
                    return resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                            "{\"projects\":[" + project + "]}").statusCode();
                };
                ballots.add(pool.submit(send));
            }
            go.countDown();
            for (Future<Integer> f : ballots) {
                assertEquals(200, f.get(), "every submission is decided, none fails");
            }
        } finally {
            pool.shutdownNow();
        }
        String api = resident.get("api/budgets/" + v.budget() + "/ballot/" + v.town()).body();
        assertTrue(api.contains("\"confirmed\":true"), api);
        assertTrue(api.matches("(?s).*\"ballot\":\\[\\d+\\].*"), "one ballot of one project, the last decided: " + api);
    }

    @Test
    void anApprovalBallotCountsProjectsNotEuros() throws Exception {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"APPROVAL\",\"maxChoices\":2");
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Votante Approbation");
        assertEquals(204, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode());
        List<Long> ids = List.copyOf(v.townProjects().values());
        assertEquals(204, resident.sendJson("PUT", "api/budgets/" + v.budget() + "/ballot/" + v.town() + "/basket/" + ids.get(0), null).statusCode());
        assertEquals(204, resident.sendJson("PUT", "api/budgets/" + v.budget() + "/ballot/" + v.town() + "/basket/" + ids.get(1), null).statusCode());
        HttpResponse<String> third = resident.sendJson("PUT", "api/budgets/" + v.budget() + "/ballot/" + v.town() + "/basket/" + ids.get(2), null);
        assertEquals(409, third.statusCode(), third.body());
        assertTrue(third.body().contains("2 projets au plus"), third.body());
        assertEquals(200, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(), "{}").statusCode());
    }
}
