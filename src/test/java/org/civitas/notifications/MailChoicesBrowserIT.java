package org.civitas.notifications;

import jakarta.mail.internet.MimeMessage;
import org.civitas.testing.Browser;
import org.civitas.testing.Mailbox;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident chooses, from their account, a weekly digest for new comments; then, signed out, stops replies by mail
 * from the link of a mail, with a button (opening the link alone changes nothing). The pages pass axe in French and
 * English, on a wide and a narrow screen, without JavaScript needed.
 */
@ExtendWith(Portal.class)
class MailChoicesBrowserIT {

    private final URL base = Portal.base();

    @Test
    void aResidentChoosesTheirDigestAndUnsubscribesFromAMailWithoutSigningIn() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String email = PortalClient.uniqueEmail("alerts");
        PortalClient me = new PortalClient(base.toURI());
        assertEquals(204, me.sendJson("POST", "api/test-fixtures/citizen?email=" + email + "&name=Camille", null)
                .statusCode());

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", email);
            driver.get(base + "account/index.xhtml");
            driver.findElement(By.linkText("Mes alertes par courriel")).click();
            Browser.waitForMain(driver, "Nouveaux commentaires");
            assertEquals(3, driver.findElements(By.cssSelector("input[type=radio][value=DAILY]:checked")).size(),
                    "what one follows comes in the daily digest by default");
            By weeklyComments = By.xpath("//fieldset[legend[normalize-space()='Nouveaux commentaires']]"
                    + "//input[@value='WEEKLY']");
            driver.findElement(weeklyComments).click();
            driver.findElement(By.id("saveAlerts")).click();
            Browser.waitForMain(driver, "Vos choix sont enregistrés.");
            assertTrue(driver.findElement(weeklyComments).isSelected(), "kept after saving");
            assertTrue(driver.findElement(By.xpath("//fieldset[legend[normalize-space()='Réponses à vos commentaires']]"
                    + "//input[@value='IMMEDIATE']")).isSelected(), "the others keep their default");

            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "account/alerts.xhtml?lang=" + lang);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("alerts-" + lang + "-" + size[0]);
                }
            }
        }

        // A reply to Camille's comment brings a mail whose link opens the unsubscribe page
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur " + word);
        long proposal = TestProposals.publish(author, "Un kiosque à musique " + word, "culture").id();
        PortalClient camille = new PortalClient(base.toURI());
        camille.signIn(email, TestAccounts.PASSWORD);
        long comment = TestProposals.number(camille.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"text\":{\"body\":\"Pour les concerts d'été.\"}}").body(), "id");
        String link;
        try (Mailbox mailbox = Mailbox.start()) {
            assertEquals(201, author.sendJson("POST", "api/proposals/" + proposal + "/comments",
                    "{\"text\":{\"body\":\"Merci !\"},\"parentId\":" + comment + "}").statusCode());
            MimeMessage mail = mailbox.await(email, "Réponse à votre commentaire");
            link = Mailbox.link(mail, "unsubscribe");
        }

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            for (String lang : List.of("en", "fr")) {
                for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + link + "&lang=" + lang);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("unsubscribe-" + lang + "-" + size[0]);
                }
            }
            assertFalse(camille.get("api/me/notice-preferences").body().contains("NEVER"),
                    "opening the page changed nothing");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Réponses à vos commentaires"));
            driver.findElement(By.id("unsubscribe")).click();
            Browser.waitForMain(driver, "C’est fait");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Vous ne recevez plus ces courriels."));
        }
        assertTrue(camille.get("api/me/notice-preferences").body().contains("NEVER"));
    }
}
