package org.civitas.search;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestBudgets;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over real HTTP, on each database: accents and case make no difference, proposals, comments, answers and
 * budget projects are found and filtered, and what the public may not see (a draft, a hidden proposal) is never found;
 * bad input is a 400 or an empty result, never an error.
 */
@ExtendWith(Portal.class)
class SearchIT {

    private final URL base = Portal.base();

    @Test
    void accentsAndCaseDoNotMatterAndOnlyWhatThePublicSeesIsFound() throws Exception {
        String w = word("zq");
        PortalClient author = client();
        author.registerNewCitizen("Autrice " + w);
        long school = TestProposals.publish(author, "Rénovation de l’école des Tilleuls " + w, "culture").id();
        assertEquals(201, author.sendJson("POST", "api/proposals",
                TestProposals.json("Brouillon pour l’école " + w, "culture", null)).statusCode());
        long hidden = TestProposals.publish(author, "Une école cachée " + w, "culture").id();
        for (String name : List.of("Ancien Un", "Ancienne Deux", "Ancien Trois")) {
            PortalClient reporter = client();
            reporter.registerCitizen(name + " " + w, 30);
            assertEquals(201, reporter.sendJson("POST", "api/proposals/" + hidden + "/reports",
                    "{\"reason\":\"OFF_TOPIC\"}").statusCode());
        }
        PortalClient neighbour = client();
        neighbour.registerNewCitizen("Voisin " + w);
        assertEquals(201, neighbour.sendJson("POST", "api/proposals/" + school + "/comments",
                "{\"text\":{\"body\":\"Il faudrait aussi des JARDINS partagés dans la cour " + w + ".\"}}").statusCode());
        TestProposals.answer(base.toURI(), school, "La commune financera la rénovation complète en 2027 " + w + ".");

        // No accents, capitals: the published proposal, neither the draft nor the hidden one
        String found = search("ECOLE tilleuls " + w, "");
        assertEquals(1, TestProposals.number(found, "total"), found);
        assertTrue(found.contains("\"kind\":\"PROPOSAL\"") && found.contains("\"id\":" + school), found);
        String everything = search(w, "");
        assertEquals(3, TestProposals.number(everything, "total"), "the proposal, the comment, the answer: " + everything);
        assertFalse(everything.contains("cachée") || everything.contains("Brouillon"), everything);

        String comments = search("jardin " + w, "&kind=comment");
        assertEquals(1, TestProposals.number(comments, "total"), comments);
        assertTrue(comments.contains("JARDINS partagés"), comments);
        assertTrue(comments.contains("#c-"), "the comment's place on the page: " + comments);
        String answers = search("renovation " + w, "&kind=ANSWER");
        assertEquals(1, TestProposals.number(answers, "total"), answers);
        assertTrue(answers.contains("#answer-"), answers);

        // Filters narrow; a page past the last is empty, with the same total
        assertEquals(0, TestProposals.number(search(w, "&theme=environnement"), "total"));
        assertEquals(3, TestProposals.number(search(w, "&theme=culture"), "total"));
        assertEquals(0, TestProposals.number(search(w, "&from=" + LocalDate.now().plusDays(2)), "total"));
        assertEquals(3, TestProposals.number(search(w, "&from=" + LocalDate.now().minusDays(2) + "&to="
                + LocalDate.now().plusDays(2)), "total"));
        String second = search(w, "&page=1");
        assertEquals(3, TestProposals.number(second, "total"));
        assertTrue(second.contains("\"items\":[]"), second);

        // The page: the words found marked, the filters kept in the address, the header's box on every page
        String page = client().get("search?q=" + enc("ecole " + w)).body();
        assertTrue(page.contains("<mark>"), page);
        assertTrue(page.contains("Rénovation de l’<mark>école</mark> des Tilleuls <mark>" + w + "</mark>"), page);
        assertTrue(client().get("").body().contains("action=\"/search\""), "the header's search box");
    }

    @Test
    void badOrEmptyQueriesAreAnsweredPlainly() throws Exception {
        PortalClient visitor = client();
        assertEquals(400, visitor.get("api/search?q=x&kind=gossip").statusCode());
        assertEquals(400, visitor.get("api/search?q=x&from=yesterday").statusCode());
        assertEquals(400, visitor.get("api/search?q=x&page=-1").statusCode());
        assertEquals(0, TestProposals.number(visitor.get("api/search?q=").body(), "total"));
        assertEquals(0, TestProposals.number(visitor.get("api/search").body(), "total"));
        HttpResponse<String> huge = visitor.get("api/search?q=" + enc("mot ".repeat(2000)));
        assertEquals(200, huge.statusCode(), huge.body());
        HttpResponse<String> odd = visitor.get("api/search?q=" + enc("\"' ; DROP TABLE proposal; -- % _ & | ! ( )"));
        assertEquals(200, odd.statusCode(), odd.body());
        HttpResponse<String> badDate = visitor.get("search?q=velo&from=31-12-2026");
        assertEquals(200, badDate.statusCode());
        assertTrue(badDate.body().contains("AAAA-MM-JJ"), "the page says why the filter is left out");
        assertEquals(200, visitor.get("search").statusCode());
    }

    @Test
    void aPublishedBudgetsProjectsAreFound() throws Exception {
        TestBudgets.Voting voting = TestBudgets.voting(base.toURI(), "\"ballotKind\":\"KNAPSACK\"");
        String fresco = voting.townProjects().keySet().stream().filter(t -> t.startsWith("Une fresque")).findFirst()
                .orElseThrow();
        long project = voting.townProjects().get(fresco);
        Matcher named = Pattern.compile("Budget voté ([0-9a-f]{6})").matcher(voting.json());
        assertTrue(named.find(), voting.json());
        String suffix = named.group(1);
        String found = search("FRESQUE murale " + suffix, "&kind=project");
        assertEquals(1, TestProposals.number(found, "total"), found);
        assertTrue(found.contains("\"budgetId\":" + voting.budget()), found);
        assertTrue(found.contains("/budgets/view.xhtml?id=" + voting.budget()), found);
        assertTrue(found.contains("\"kind\":\"PROJECT\",\"id\":" + project) || found.contains("\"id\":" + project + ","), found);
        // The idea it grew from is a proposal of its own
        assertTrue(TestProposals.number(search("fresque murale " + suffix, ""), "total") >= 2);
    }

    private String search(String words, String filters) throws Exception {
        HttpResponse<String> response = client().get("api/search?q=" + enc(words) + filters);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private PortalClient client() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A word of letters only, found nowhere else. */
    static String word(String prefix) {
        Random random = new Random();
        StringBuilder w = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }
}
