package org.civitas.budgets;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20, follow-up: officials post milestones of the funded projects; everyone reads where each stands. */
@ExtendWith(Portal.class)
class FollowUpIT {

    private final URI base = Portal.base().toURI();

    FollowUpIT() throws Exception {
    }

    @Test
    void officialsPostMilestonesOfFundedProjectsOnly() {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"KNAPSACK\"");
        long fresco = v.townProjects().get("Une fresque murale");
        long garden = v.townProjects().get("Un jardin partagé");
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Votant Suivi");
        assertEquals(204, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode());
        assertEquals(200, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[" + fresco + "]}").statusCode());
        TestBudgets.change(v.admin(), v.budget(), TestBudgets.beginningToday(
                TestBudgets.closed(v.json()), "followUp"));
        new PortalClient(base).sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null);

        PortalClient visitor = new PortalClient(base);
        String before = visitor.get("budgets/follow-up.xhtml?id=" + v.budget()).body();
        assertTrue(before.contains("Une fresque murale") && !before.contains("Un jardin partagé"), "funded projects only");

        PortalClient official = TestAccounts.signedInWithRole(base, "Élue Suivi", "OFFICIAL");
        HttpResponse<String> posted = official.submitForm("review/milestone.xhtml?project=" + fresco, "milestoneForm", "post",
                Map.of("project", Long.toString(fresco), "happenedOn", TestBudgets.today().toString(), "status", "WORKS",
                        "percentDone", "40", "body", "Les échafaudages sont posés."));
        assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, "posted: " + posted.statusCode());
        String after = visitor.get("budgets/follow-up.xhtml?id=" + v.budget()).body();
        assertTrue(after.contains("Les échafaudages sont posés.") && after.contains("En travaux")
                && after.contains("value=\"40\""), "the step, the status and the bar");
        HttpResponse<String> tooFar = official.submitForm("review/milestone.xhtml?project=" + fresco, "milestoneForm", "post",
                Map.of("project", Long.toString(fresco), "happenedOn", TestBudgets.today().toString(), "status", "WORKS",
                        "percentDone", "140", "body", "Trop."));
        assertFalse(tooFar.statusCode() == 302 || tooFar.statusCode() == 303, "over 100 %: refused");
        assertEquals(404, official.get("review/milestone.xhtml?project=" + garden).statusCode(), "not funded");
        assertEquals(403, resident.get("review/milestone.xhtml?project=" + fresco).statusCode(), "officials only");
    }
}
