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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recount finds a counter that differs from the vote rows, and the correction sets it right. */
@ExtendWith(Portal.class)
class TalliesRecountIT {

    private final URL base = Portal.base();

    @Test
    void recountReportsADriftAndCorrectionRemovesIt() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Décompte");
        long id = TestProposals.publish(author, "Une proposition mal comptée", "culture").id();
        HttpResponse<String> corrupted = author.sendJson("POST",
                "api/test-fixtures/corrupt-tally?proposal=" + id + "&delta=5", null);
        assertEquals(204, corrupted.statusCode(), corrupted.body());

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String page = admin.menuLink("admin/tallies.xhtml");

        HttpResponse<String> checked = admin.submitForm(page, "talliesForm", "check", Map.of());
        assertEquals(200, checked.statusCode());
        String row = "href=\"" + base.getPath() + "proposals/" + id + "\"";
        assertTrue(checked.body().contains(row), "the drift is listed: " + checked.body());
        assertTrue(checked.body().replaceAll("\\s+", " ").contains("5 pour / 0 contre</td> <td>0 pour / 0 contre"),
                checked.body());

        HttpResponse<String> corrected = admin.submitForm(page, "talliesForm", "correct", Map.of());
        assertEquals(200, corrected.statusCode());
        HttpResponse<String> again = admin.submitForm(page, "talliesForm", "check", Map.of());
        assertFalse(again.body().contains(row), "no drift left for it");
        assertTrue(author.get("api/proposals/" + id).body().contains("\"votesFor\":0"));
        assertTrue(admin.get("admin/audit.xhtml?action=TALLY_CORRECTED").body().contains("5/0 → 0/0"), "in the audit log");

        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Curieux");
        assertEquals(403, citizen.get("admin/tallies.xhtml").statusCode(), "citizens may not recount");
    }
}
