package org.civitas.town;

import org.civitas.testing.Browser;
import org.civitas.testing.Mailbox;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A town opens its portal, in Chromium, the way its people would: the administrator reads the first-run checklist
 * and adds a theme from the page it leads to; a resident registers, confirms the address from the mail, and
 * publishes the first proposal of that theme, which everybody can then read. No SQL, no restart, no variable.
 */
@ExtendWith(Portal.class)
class TownSetupBrowserIT {

    private final URL base = Portal.base();

    @Test
    void fromTheChecklistToAFirstProposalInANewTheme() throws Exception {
        TestAccounts.signInAsAdmin(new PortalClient(base.toURI()));
        String word = UUID.randomUUID().toString().substring(0, 6);
        String themeName = "Jeunesse " + word;
        String email = PortalClient.uniqueEmail("resident");
        try (Mailbox mail = Mailbox.start(); Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", TestAccounts.ADMIN_EMAIL);
            driver.findElement(By.linkText("Administration")).click();
            Browser.waitForMain(driver, "Avant l’ouverture");
            browser.assertAccessible();
            driver.findElement(By.linkText("Gérer les thèmes")).click();
            Browser.waitForMain(driver, "Ajouter un thème");
            Browser.type(driver, "themeNameFr", themeName);
            Browser.type(driver, "themeNameEn", "Youth " + word);
            driver.findElement(By.id("addTheme")).click();
            Browser.waitForText(driver, By.id("themesTable"), themeName);
            browser.assertAccessible();
            driver.findElement(By.id("signOut")).click();
            Browser.waitForMain(driver, "Créer mon compte");

            driver.get(base + "register.xhtml?lang=fr");
            Browser.type(driver, "displayName", "Première Habitante");
            Browser.type(driver, "email", email);
            Browser.type(driver, "password", TestAccounts.PASSWORD);
            Browser.type(driver, "confirmation", TestAccounts.PASSWORD);
            driver.findElement(By.id("submit")).click();
            Browser.waitForMain(driver, "Bienvenue");
            driver.get(base + Mailbox.link(mail.await(email, "Confirmez votre adresse e-mail"), "confirm"));
            driver.findElement(By.id("confirm")).click();
            Browser.waitForText(driver, By.id("messages"), "est confirmée");

            driver.findElement(By.linkText("Proposer une idée")).click();
            Browser.waitForMain(driver, "Décrivez votre idée");
            Browser.type(driver, "title", "Un conseil des jeunes " + word);
            Browser.type(driver, "summary", "Que les 12-18 ans donnent leur avis sur les projets de la commune.");
            Browser.type(driver, "body", "Deux réunions par an, à la médiathèque, ouvertes à tous les jeunes.");
            new Select(driver.findElement(By.id("themeCode"))).selectByVisibleText(themeName);
            driver.findElement(By.id("save")).click();
            Browser.waitForMain(driver, "Votre brouillon est enregistré.");
            driver.findElement(By.id("publish")).click();
            Browser.waitForMain(driver, "Votre proposition est publiée.");
            String published = driver.getCurrentUrl();
            assertTrue(driver.findElement(By.tagName("main")).getText().contains(themeName));
            browser.screenshot("town-first-proposal-fr");

            PortalClient visitor = new PortalClient(base.toURI());
            String page = visitor.get(published.substring(base.toString().length())).body();
            assertTrue(page.contains("Un conseil des jeunes " + word) && page.contains(themeName),
                    "anybody reads the first proposal of the new theme");
            assertEquals(200, visitor.get("api/themes").statusCode());
            assertTrue(visitor.get("api/themes").body().contains(themeName));
        }
    }
}
