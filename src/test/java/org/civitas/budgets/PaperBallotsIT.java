package org.civitas.budgets;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, paper ballots: each sheet keyed twice by two different officials counts when both agree; a mismatch is
 * flagged until a further keying agrees; paper ballots count in the results and are marked as paper in the data.
 */
@ExtendWith(Portal.class)
class PaperBallotsIT {

    private final URI base = Portal.base().toURI();

    PaperBallotsIT() throws Exception {
    }

    private static HttpResponse<String> key(PortalClient official, TestBudgets.Voting v, String sheet, long... projects) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("id", Long.toString(v.budget())),
                Map.entry("envelope", Long.toString(v.town())), Map.entry("station", "Mairie annexe"),
                Map.entry("sheet", sheet)));
        for (long p : projects) {
            fields.add(Map.entry("projects", Long.toString(p)));
        }
        return official.submitFormPairs("review/paper.xhtml?id=" + v.budget() + "&envelope=" + v.town(), "paperForm",
                "key", fields);
    }

    private static String after(PortalClient official, HttpResponse<String> keyed) {
        assertTrue(keyed.statusCode() == 302 || keyed.statusCode() == 303, "keyed: " + keyed.statusCode() + keyed.body());
        return official.get(keyed.headers().firstValue("Location").orElseThrow()).body();
    }

    @Test
    void aSheetCountsWhenTwoOfficialsKeyItAlikeAndAMismatchWaitsForAThirdKeying() {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"KNAPSACK\"");
        long fresco = v.townProjects().get("Une fresque murale");
        long garden = v.townProjects().get("Un jardin partagé");
        PortalClient first = TestAccounts.signedInWithRole(base, "Élue Saisie Un", "OFFICIAL");
        PortalClient second = TestAccounts.signedInWithRole(base, "Élu Saisie Deux", "OFFICIAL");
        PortalClient third = TestAccounts.signedInWithRole(base, "Élue Saisie Trois", "OFFICIAL");

        assertTrue(after(first, key(first, v, "1", fresco)).contains("il comptera quand une autre personne"));
        HttpResponse<String> twice = key(first, v, "1", fresco);
        assertEquals(200, twice.statusCode());
        assertTrue(twice.body().contains("la seconde saisie revient à une autre personne"), "not twice by the same");
        assertTrue(after(second, key(second, v, "1", fresco)).contains("les deux saisies concordent, il est compté"));
        HttpResponse<String> again = key(third, v, "1", fresco);
        assertTrue(again.body().contains("déjà compté"), "a counted sheet is not keyed again");

        after(first, key(first, v, "2", fresco));
        String mismatch = after(second, key(second, v, "2", garden));
        assertTrue(mismatch.contains("cette saisie diffère de la précédente") && mismatch.contains("à saisir à nouveau"),
                "flagged and listed");
        String settled = after(third, key(third, v, "2", garden));
        assertTrue(settled.contains("il est compté") && settled.contains("2 bulletins papier comptés"), settled);
        HttpResponse<String> over = key(third, v, "3", fresco, garden);
        assertTrue(over.body().contains("plus que l’enveloppe"), "a sheet over the envelope is refused");
        assertEquals(403, TestAccounts.signedInWithRole(base, "Habitant Curieux", "MODERATOR")
                .get("review/paper.xhtml?id=" + v.budget()).statusCode(), "officials only");

        TestBudgets.change(v.admin(), v.budget(), TestBudgets.closed(v.json()));
        new PortalClient(base).sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null);
        String results = new PortalClient(base).get("api/budgets/" + v.budget() + "/results/" + v.town()).body();
        assertTrue(results.contains("\"ballots\":2") && results.contains("\"paperVotes\":1"), results);
        String file = new PortalClient(base).get("api/budgets/" + v.budget() + "/results/" + v.town() + "/pabulib").body();
        assertEquals(2, file.split(";paper\n", -1).length - 1, "both ballots marked paper: " + file);
    }
}
