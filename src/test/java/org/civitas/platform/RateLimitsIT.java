package org.civitas.platform;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-account limits: past them a clear refusal (429 with Retry-After, or a message on the form), nothing lost. */
@ExtendWith(Portal.class)
class RateLimitsIT {

    private final URL base = Portal.base();

    @Test
    void aSixthProposalInADayIsRefusedAndTheFormKeepsTheText() throws Exception {
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Prolifique");
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> ok = citizen.sendJson("POST", "api/proposals",
                    TestProposals.json("Ma proposition numéro " + i, "culture", null));
            assertEquals(201, ok.statusCode(), ok.body());
        }
        HttpResponse<String> sixth = citizen.sendJson("POST", "api/proposals",
                TestProposals.json("Ma proposition numéro 6", "culture", null));
        assertEquals(429, sixth.statusCode(), sixth.body());
        assertTrue(Long.parseLong(sixth.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertTrue(sixth.body().contains("propositions aujourd"), sixth.body());

        // Posted as a plain form (not multipart, as a script would): read as a post without a photo, not a 500
        HttpResponse<String> form = citizen.submitForm("proposal/edit.xhtml", "proposalForm", "save", Map.of(
                "title", "Une septième idée très importante", "summary", "Résumé gardé.", "body", "Texte gardé.",
                "themeCode", "culture", "districtCode", "town"));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("c’est la limite"), form.body());
        assertTrue(form.body().contains("value=\"Une septième idée très importante\""), "the title is kept");
        assertTrue(form.body().contains("Texte gardé."), "the description is kept");
    }

    @Test
    void sixtyVoteChangesAMinuteAndNoMore() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Limite");
        long id = TestProposals.publish(author, "Une proposition très disputée", "sport").id();
        PortalClient voter = new PortalClient(base.toURI());
        voter.registerNewCitizen("Indécis");
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> vote = voter.sendJson("PUT", "api/proposals/" + id + "/vote",
                    "{\"choice\":\"" + (i % 2 == 0 ? "FOR" : "AGAINST") + "\"}");
            assertEquals(200, vote.statusCode(), "change " + (i + 1) + ": " + vote.body());
        }
        HttpResponse<String> refused = voter.sendJson("PUT", "api/proposals/" + id + "/vote", "{\"choice\":\"FOR\"}");
        assertEquals(429, refused.statusCode(), refused.body());
        String proposal = voter.get("api/proposals/" + id).body();
        assertEquals(0, TestProposals.number(proposal, "votesFor"), "the refused change did not happen: " + proposal);
        assertEquals(1, TestProposals.number(proposal, "votesAgainst"), proposal);
    }
}
