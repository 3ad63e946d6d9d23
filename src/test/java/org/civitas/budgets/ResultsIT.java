package org.civitas.budgets;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, results: once the vote closes, each envelope is counted once by the budget's rule, the results page says
 * per project its votes, cost, whether it is funded and why not, and the anonymised ballots (Pabulib) recount them.
 */
@ExtendWith(Portal.class)
class ResultsIT {

    private final URI base = Portal.base().toURI();

    ResultsIT() throws Exception {
    }

    private void vote(TestBudgets.Voting v, long... projects) {
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Votant Résultats");
        assertEquals(204, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode());
        StringBuilder ids = new StringBuilder();
        for (long p : projects) {
            ids.append(ids.isEmpty() ? "" : ",").append(p);
        }
        HttpResponse<String> confirmed = resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[" + ids + "]}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
    }

    @Test
    void theClosedVoteIsCountedOnceAndTellsWhyEachProjectIsFundedOrNot() {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"KNAPSACK\"");
        long fresco = v.townProjects().get("Une fresque murale");
        long garden = v.townProjects().get("Un jardin partagé");
        long benches = v.townProjects().get("Des bancs ombragés");
        vote(v, fresco);
        vote(v, fresco, benches);
        vote(v, fresco);
        vote(v, garden);
        vote(v, garden);

        PortalClient visitor = new PortalClient(base);
        String before = visitor.get("api/budgets/" + v.budget() + "/results/" + v.town()).body();
        assertTrue(before.contains("\"counted\":false") && !before.contains("\"votes\""), "nothing before the count: " + before);
        assertEquals(404, visitor.get("api/budgets/" + v.budget() + "/results/" + v.town() + "/pabulib").statusCode());
        assertFalse(new PortalClient(base).sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null)
                .body().contains("true"), "not counted while the vote is open");

        assertTrue(visitor.get("api/opendata/v1/budget-projects.csv").body().contains("\n" + garden + "," + v.budget() + ","),
                "the published projects are open data");
        assertFalse(visitor.get("api/opendata/v1/budget-results.csv").body().contains("\n" + garden + ","),
                "no result before the count");
        TestBudgets.change(v.admin(), v.budget(), TestBudgets.closed(v.json()));
        assertTrue(visitor.sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null).body().contains("true"));
        assertTrue(visitor.sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null).body().contains("false"),
                "counted once");

        String results = visitor.get("api/budgets/" + v.budget() + "/results/" + v.town()).body();
        assertTrue(results.contains("\"ballots\":5") && results.contains("\"counted\":true") && results.contains("\"spent\":90000"),
                results);
        // Greedy: the fresco (3 votes) first, the garden (2) no longer fits in the 40,000 € left, the benches (1) do
        assertTrue(results.matches("(?s).*\"moneyLeft\":40000,\"paperVotes\":0,\"projectId\":" + garden
                + ",\"reason\":\"DID_NOT_FIT\",\"selected\":false.*"), results);
        assertTrue(results.matches("(?s).*\"projectId\":" + fresco + ",\"rank\":1,\"reason\":\"SELECTED\".*"), results);
        assertTrue(results.matches("(?s).*\"projectId\":" + benches + ",\"rank\":2,\"reason\":\"SELECTED\".*"), results);

        String data = visitor.get("api/opendata/v1/budget-results.csv").body();
        assertTrue(data.contains("\n" + garden + "," + v.town() + ",2,0,false,DID_NOT_FIT,40000,"), data);

        String page = visitor.get("budgets/results.xhtml?id=" + v.budget() + "&envelope=" + v.town()).body();
        assertTrue(page.contains("ne rentrait plus") && page.contains("Financé") && page.contains("id=\"pabulib\""),
                "the page tells why the garden was not funded, and offers the ballots");

        HttpResponse<String> pabulib = visitor.get("api/budgets/" + v.budget() + "/results/" + v.town() + "/pabulib");
        assertEquals(200, pabulib.statusCode());
        String file = pabulib.body();
        assertTrue(file.startsWith("META\n") && file.contains("\nnum_votes;5\n") && file.contains("\nbudget;100000\n")
                && file.contains("\nrule;greedy\n") && file.contains("\nPROJECTS\n") && file.contains("\nVOTES\n"), file);
        assertFalse(file.contains("Votant") || file.contains("@"), "nothing about the voters");
        // Recounted from the file alone: the votes of each project
        Map<Long, Integer> votes = new HashMap<>();
        String[] lines = file.substring(file.indexOf("\nVOTES\n") + 7).split("\n");
        for (String line : List.of(lines).subList(1, lines.length)) {
            String[] cells = line.split(";");
            for (String id : cells[1].split(",")) {
                votes.merge(Long.parseLong(id), 1, Integer::sum);
            }
        }
        assertEquals(Map.of(fresco, 3, garden, 2, benches, 1), votes, file);

        PortalClient late = new PortalClient(base);
        late.registerNewCitizen("Votant Tardif");
        assertEquals(409, late.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode(),
                "the vote is closed");
    }
}
