package org.civitas.moderation;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A moderator works the queue: hides a reported comment with a public reason (shown in its place), blocks its
 * author (no more sign-in, content hidden) and unblocks them; the administrator reads every step in the audit log.
 */
@ExtendWith(Portal.class)
class ModerationBrowserIT {

    private final URL base = Portal.base();

    private WebDriver driver;

    private void waitFor(String text) {
        Browser.waitForMain(driver, text);
    }

    private void type(String id, String text) {
        Browser.type(driver, id, text);
    }

    private void signIn(String email) {
        driver.get(base + "signin.xhtml");
        type("email", email);
        type("password", TestAccounts.PASSWORD);
        driver.findElement(By.id("submit")).click();
    }

    @Test
    void aModeratorHidesACommentBlocksItsAuthorAndTheAdminSeesTheTrail() throws Exception {
        String word = "troll" + UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Modéré");
        long proposalId = TestProposals.publish(author, "Une proposition très discutée", "culture").id();
        PortalClient troll = new PortalClient(base.toURI());
        String trollEmail = troll.registerNewCitizen("Troll " + word);
        long trollProposal = TestProposals.publish(troll, "Proposition du troll " + word, "culture").id();
        long commentId = TestProposals.number(troll.sendJson("POST", "api/proposals/" + proposalId + "/comments",
                "{\"text\":{\"body\":\"Insulte grossière " + word + "\"}}").body(), "id");
        for (String name : List.of("Lectrice Un", "Lecteur Deux", "Lectrice Trois")) {
            PortalClient reader = new PortalClient(base.toURI());
            reader.registerNewCitizen(name);
            assertEquals(201, reader.sendJson("POST", "api/comments/" + commentId + "/reports",
                    "{\"reason\":\"OFFENSIVE\",\"details\":\"Injure envers un habitant\"}").statusCode());
        }
        PortalClient moderatorClient = new PortalClient(base.toURI());
        String moderatorEmail = moderatorClient.registerNewCitizen("Modératrice Test");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=MODERATOR&email=" + moderatorEmail, null).statusCode());
        assertEquals(403, author.get("moderation/queue.xhtml").statusCode(), "citizens may not moderate");
        assertEquals(403, author.get("moderation/block.xhtml?account=1").statusCode());

        try (Browser browser = Browser.start()) {
            driver = browser.driver();
            driver.get(base + "index.xhtml?lang=fr");
            signIn(moderatorEmail);
            waitFor("Bienvenue");
            driver.findElement(By.linkText("Modération")).click();
            waitFor("à examiner");
            browser.assertAccessible();
            browser.screenshot("moderation-queue-fr");

            // The queue is oldest first: on a database that has seen other runs, this item may be on a later page.
            driver.get(base + "moderation/decide.xhtml?target=COMMENT&id=" + commentId);
            waitFor("Décision de modération");
            waitFor("Insulte grossière " + word);
            waitFor("Injure envers un habitant");
            // Its readers' accounts are new: their reports wait here, marked so, and did not hide it by themselves
            assertEquals(3, driver.findElements(By.cssSelector(".report-new-account")).size());
            assertTrue(driver.findElements(By.cssSelector(".badge-warn")).isEmpty(), "not hidden by new accounts");
            browser.screenshot("moderation-decide-new-accounts-fr");
            driver.findElement(By.id("hide")).click();
            waitFor("Indiquez le motif");
            browser.assertAccessible();
            type("reason", "Propos injurieux envers un habitant.");
            driver.findElement(By.id("hide")).click();
            waitFor("L’élément est masqué ; ses signalements sont clos.");
            driver.get(base + "moderation/decide.xhtml?target=COMMENT&id=" + commentId);
            waitFor("Décision de modération");
            assertTrue(driver.findElements(By.cssSelector(".report-lines li")).isEmpty(),
                    "its reports are closed: it has left the queue");

            PortalClient visitor = new PortalClient(base.toURI());
            String page = visitor.follow(visitor.get("proposals/" + proposalId)).body();
            assertTrue(page.contains("Masqué par les modérateurs\u00a0: Propos injurieux envers un habitant."), page);
            assertFalse(page.contains("Insulte grossière"));

            driver.get(base + "moderation/block.xhtml?account=" + accountIdOf(trollEmail, fixtures));
            waitFor("Bloquer un compte");
            type("reason", "Injures répétées.");
            driver.findElement(By.id("block")).click();
            waitFor("Cochez la case pour confirmer.");
            browser.assertAccessible();
            driver.findElement(By.id("confirmed")).click();
            driver.findElement(By.id("block")).click();
            waitFor("est bloqué");
            browser.screenshot("moderation-blocked-fr");

            HttpResponse<String> trollNow = troll.get("api/me");
            assertEquals(401, troll.follow(trollNow).statusCode(), "the blocked account's session ended");
            assertEquals(404, visitor.get("api/proposals/" + trollProposal).statusCode(), "its content is hidden");
            PortalClient again = new PortalClient(base.toURI());
            HttpResponse<String> signIn = again.signIn(trollEmail, TestAccounts.PASSWORD);
            assertTrue(signIn.statusCode() == 200 && signIn.body().contains("Ce compte est bloqué"),
                    signIn.statusCode() + " " + signIn.body());

            driver.get(base + "moderation/block.xhtml?account=" + accountIdOf(trollEmail, fixtures));
            waitFor("Débloquer un compte");
            driver.findElement(By.id("unblock")).click();
            waitFor("est débloqué");
            assertEquals(200, visitor.get("api/proposals/" + trollProposal).statusCode(), "shown again");
            assertTrue(visitor.follow(visitor.get("proposals/" + proposalId)).body().contains("Masqué par les modérateurs"),
                    "unblocking does not undo a moderator's own decision");

            PortalClient admin = new PortalClient(base.toURI());
            TestAccounts.signInAsAdmin(admin);
            String audit = admin.get("admin/audit.xhtml").body();
            // In words, not codes
            for (String action : List.of("Commentaire masqué", "Compte bloqué", "Compte débloqué")) {
                assertTrue(audit.contains("<td>" + action + "</td>"), action + " in " + audit);
            }
            assertFalse(audit.contains("<td>HIDE_COMMENT</td>"), audit);
            assertTrue(audit.contains("Injures répétées."));
            assertTrue(admin.get("admin/audit.xhtml?action=BLOCK_ACCOUNT").body().contains("Injures répétées."));
            assertFalse(admin.get("admin/audit.xhtml?action=HIDE_COMMENT&from=2000-01-01&to=2000-01-02").body()
                    .contains("<td>Commentaire masqué</td>"), "the day filter applies");
            assertEquals(403, moderatorClient.get("admin/audit.xhtml").statusCode(), "only admins read the log");

            browser.resize(390, 1400);
            driver.get(base + "moderation/queue.xhtml?lang=en");
            waitFor("Moderation");
            browser.assertAccessible();
            Browser.assertNoSidewaysScroll(driver);
            browser.screenshot("moderation-queue-en-390");
        }
    }

    /** The account id behind an email, through the moderator-visible profile fixture. */
    private static long accountIdOf(String email, PortalClient fixtures) {
        return TestProposals.number(fixtures.sendJson("POST", "api/test-fixtures/account-id?email=" + email, null).body(),
                "id");
    }
}
