package org.civitas.proposals;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My activity, over HTTP: a person finds their drafts, published proposals, votes and comments there (a saved draft
 * had no other way back than its address), nobody else's, and a newcomer reads empty states.
 */
@ExtendWith(Portal.class)
class MyActivityIT {

    private final URL base = Portal.base();

    @Test
    void aPersonFindsTheirDraftsProposalsVotesAndCommentsAndNobodyElses() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Active");
        HttpResponse<String> draft = author.sendJson("POST", "api/proposals",
                TestProposals.json("Brouillon oublié " + word, "culture", null));
        assertEquals(201, draft.statusCode(), draft.body());
        long published = TestProposals.publish(author, "Proposition publiée " + word, "sport").id();

        PortalClient other = new PortalClient(base.toURI());
        other.registerNewCitizen("Voisin Actif");
        long theirs = TestProposals.publish(other, "Idée du voisin " + word, "culture").id();
        assertEquals(200, author.sendJson("PUT", "api/proposals/" + theirs + "/vote", "{\"choice\":\"AGAINST\"}")
                .statusCode());
        assertEquals(201, author.sendJson("POST", "api/proposals/" + theirs + "/comments",
                "{\"text\":{\"body\":\"Un avis argumenté " + word + "\"}}").statusCode());

        String page = author.get("account/activity.xhtml").body();
        assertTrue(page.contains("Brouillon oublié " + word), "the draft is listed: " + page);
        assertTrue(page.contains("Proposition publiée " + word), page);
        assertTrue(page.contains(">Brouillon</span>"), "its status says draft");
        assertTrue(page.contains("2 propositions"), page);
        assertTrue(page.contains("Idée du voisin " + word) && page.contains(">Opposition</span>"),
                "the vote with its proposal: " + page);
        assertTrue(page.contains("Un avis argumenté " + word), "the comment: " + page);
        assertTrue(page.contains("#c-"), "the comment links to its place on the proposal's page");
        assertTrue(page.contains("/proposals/" + published + "/"), "a published proposal links to its page");

        String theirPage = other.get("account/activity.xhtml").body();
        assertFalse(theirPage.contains("Brouillon oublié " + word), "nobody else's draft");
        assertTrue(theirPage.contains("Idée du voisin " + word));
        assertTrue(theirPage.contains("Vous n’avez encore soutenu ni contesté aucune proposition."), theirPage);
        assertTrue(theirPage.contains("Vous n’avez encore rien commenté."), theirPage);

        PortalClient newcomer = new PortalClient(base.toURI());
        newcomer.registerNewCitizen("Nouvelle Venue");
        newcomer.follow(newcomer.get("index.xhtml?lang=en"));
        HttpResponse<String> emptyPage = newcomer.get("account/activity.xhtml?p=999&v=-1&c=x");
        assertEquals(200, emptyPage.statusCode());
        String empty = emptyPage.body();
        assertTrue(empty.contains("You have not proposed anything yet."), "a bad page number is the first page: " + empty);
        assertTrue(empty.contains("No proposals"), empty);
    }
}
