package org.civitas.votes;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator changes the support threshold in the portal: bad values are refused with a message, and
 * published proposals the new threshold reaches go under review at once.
 */
@ExtendWith(Portal.class)
class ThresholdAdminIT {

    private final URL base = Portal.base();

    private static String flat(HttpResponse<String> response) {
        return response.body().replaceAll("\\s+", " ");
    }

    @Test
    void loweringTheThresholdSendsProposalsThatReachItUnderReview() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Seuil");
        long id = TestProposals.publish(author, "Une proposition soutenue par deux", "sport").id();
        for (String name : new String[]{"Soutien Un", "Soutien Deux"}) {
            PortalClient voter = new PortalClient(base.toURI());
            voter.registerNewCitizen(name);
            assertEquals(200, voter.sendJson("PUT", "api/proposals/" + id + "/vote", "{\"choice\":\"FOR\"}").statusCode());
        }
        assertTrue(author.get("api/proposals/" + id).body().contains("\"status\":\"PUBLISHED\""));

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String page = admin.menuLink("admin/threshold.xhtml");
        assertTrue(flat(admin.get(page)).contains("Actuellement\u00a0: 1\u202f% de "), admin.get(page).body());

        try {
            assertTrue(flat(admin.submitForm(page, "thresholdForm", "saveThreshold",
                    Map.of("percent", "beaucoup", "floor", "2"))).contains("Indiquez une part entre 0,01 et 100"));
            assertTrue(flat(admin.submitForm(page, "thresholdForm", "saveThreshold",
                    Map.of("percent", "150", "floor", "2"))).contains("Indiquez une part entre 0,01 et 100"));
            assertTrue(Pattern.compile("<input[^>]*id=\"floor\"[^>]*aria-invalid=\"true\"").matcher(flat(
                    admin.submitForm(page, "thresholdForm", "saveThreshold", Map.of("percent", "1", "floor", "0"))))
                    .find(), "a floor under 1 is refused");
            assertTrue(author.get("api/proposals/" + id).body().contains("\"status\":\"PUBLISHED\""), "nothing saved");

            HttpResponse<String> saved = admin.follow(admin.submitForm(page, "thresholdForm", "saveThreshold",
                    Map.of("percent", "0,01", "floor", "2")));
            assertTrue(flat(saved).contains("Le seuil est enregistré"), saved.body());
            assertTrue(flat(saved).contains("Actuellement\u00a0: 0,01\u202f% de "), saved.body());
            assertTrue(author.get("api/proposals/" + id).body().contains("\"status\":\"UNDER_REVIEW\""),
                    author.get("api/proposals/" + id).body());
            assertTrue(admin.get("admin/audit.xhtml?action=THRESHOLD_CHANGED").body().contains("0.01 %, at least 2"),
                    "in the audit log");
        } finally {
            HttpResponse<String> restored = admin.follow(admin.submitForm(page, "thresholdForm", "saveThreshold",
                    Map.of("percent", "1", "floor", "25")));
            assertTrue(flat(restored).contains("Actuellement\u00a0: 1\u202f% de "), restored.body());
        }

        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Curieuse Seuil");
        assertEquals(403, citizen.get("admin/threshold.xhtml").statusCode(), "citizens may not change it");
    }

    /**
     * The vote that reaches the threshold sends the proposal under review in its own transaction: the answer to that
     * vote says so, the tallies count it, and the proposal's history records the step.
     */
    @Test
    void theVoteThatReachesTheThresholdSendsTheProposalUnderReview() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String page = admin.menuLink("admin/threshold.xhtml");
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Seuil");
        long id = TestProposals.publish(author, "Une proposition qui atteint le seuil par un vote", "sport").id();
        try {
            assertTrue(flat(admin.follow(admin.submitForm(page, "thresholdForm", "saveThreshold",
                    Map.of("percent", "0,01", "floor", "2")))).contains("Le seuil est enregistré"));
            PortalClient first = new PortalClient(base.toURI());
            first.registerNewCitizen("Premier Soutien");
            HttpResponse<String> one = first.sendJson("PUT", "api/proposals/" + id + "/vote", "{\"choice\":\"FOR\"}");
            assertEquals(200, one.statusCode(), one.body());
            assertTrue(one.body().contains("\"status\":\"PUBLISHED\"") && one.body().contains("\"votesFor\":1"),
                    one.body());

            PortalClient second = new PortalClient(base.toURI());
            second.registerNewCitizen("Second Soutien");
            HttpResponse<String> two = second.sendJson("PUT", "api/proposals/" + id + "/vote", "{\"choice\":\"FOR\"}");
            assertEquals(200, two.statusCode(), two.body());
            assertTrue(two.body().contains("\"status\":\"UNDER_REVIEW\"") && two.body().contains("\"votesFor\":2"),
                    two.body());
            String proposal = author.get("api/proposals/" + id).body();
            assertTrue(proposal.contains("\"status\":\"UNDER_REVIEW\"") && proposal.contains("\"votesFor\":2"), proposal);
            assertTrue(proposal.contains("\"from\":\"PUBLISHED\",\"to\":\"UNDER_REVIEW\"}"), "the history has the step: " + proposal);
        } finally {
            assertTrue(flat(admin.follow(admin.submitForm(page, "thresholdForm", "saveThreshold",
                    Map.of("percent", "1", "floor", "25")))).contains("Actuellement\u00a0: 1\u202f% de "));
        }
    }
}
