package org.civitas.accounts.oidc;

import org.civitas.testing.Browser;
import org.civitas.testing.IdentityProvider;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A town asks for a verified identity to support, in Chromium: the administrator ticks it on the accounts page; a
 * resident with a password account reads, on a proposal, that supporting needs one, follows the link to My account,
 * links the provider there through its own sign-in page, and supports.
 */
@ExtendWith(Portal.class)
class VerifiedIdentityBrowserIT {

    private final URL base = Portal.base();

    @BeforeAll
    static void startTheProvider() {
        IdentityProvider.start();
    }

    @Test
    void aResidentVerifiesTheirIdentityToSupportWhenTheTownAsks() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Engagée");
        TestProposals.Published proposal = TestProposals.publish(author, "Budget de quartier à soutenir", "sport");
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", TestAccounts.ADMIN_EMAIL);
            driver.findElement(By.linkText("Administration")).click();
            driver.findElement(By.linkText("Comptes et rôles")).click();
            Browser.waitForMain(driver, "Identité vérifiée");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            assertTrue(driver.findElement(By.cssSelector("#verifiedMethods input[value='" + IdentityProvider.ID + "']"))
                    .isSelected(), "the configuration marks the test provider");
            driver.findElement(By.id("supportsNeedVerified")).click();
            driver.findElement(By.id("saveVerified")).click();
            Browser.waitForText(driver, By.tagName("body"), "Les réglages d’identité vérifiée sont enregistrés.");
            assertTrue(driver.findElement(By.id("supportsNeedVerified")).isSelected());
            browser.assertAccessible();
            scrollTo(driver, "verified-title");
            browser.screenshot("verified-admin-fr");
            driver.findElement(By.id("signOut")).click();
            Browser.waitForMain(driver, "Créer mon compte");

            browser.register(base, "en", "Careful Resident");
            driver.get(base + proposal.path() + "?lang=en");
            Browser.waitForText(driver, By.id("verifyToVote"), "Supports here need a verified identity.");
            browser.assertAccessible();
            browser.screenshot("verified-needed-en");
            driver.findElement(By.id("voteFor")).click();
            Browser.waitForText(driver, By.id("voteMessages"), "link your account to an identity service");

            driver.findElement(By.linkText("Verify my identity on My account")).click();
            Browser.waitForMain(driver, "Sign-in methods");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Your identity is not verified"));
            browser.resize(390, 844);
            Browser.assertNoSidewaysScroll(driver);
            scrollTo(driver, "sign-in-methods");
            browser.screenshot("sign-in-methods-narrow-en");
            browser.resize(1280, 900);
            driver.findElement(By.id("link-" + IdentityProvider.ID)).click();

            wait.until(d -> d.findElements(By.name("username")).size() == 1);
            driver.findElement(By.name("username")).sendKeys(UUID.randomUUID().toString());
            driver.findElement(By.name("claims")).sendKeys("{\"email\":\"" + PortalClient.uniqueEmail("verified")
                    + "\",\"name\":\"Resident At Provider\"}");
            driver.findElement(By.cssSelector("input[type=submit]")).click();
            Browser.waitForMain(driver, "Your account is now linked to Test ID");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Identity verified"));
            browser.assertAccessible();
            scrollTo(driver, "sign-in-methods");
            browser.screenshot("sign-in-methods-linked-en");

            driver.get(base + proposal.path() + "?lang=en");
            Browser.waitForMain(driver, "Budget de quartier à soutenir");
            assertTrue(driver.findElements(By.id("verifyToVote")).isEmpty());
            driver.findElement(By.id("voteFor")).click();
            Browser.waitForText(driver, By.id("voteMessages"), "Your support is recorded.");
        } finally {
            assertEquals(200, admin.sendJson("PUT", "api/settings/verified-identity",
                    "{\"methods\":[\"" + IdentityProvider.ID + "\"],\"supportsNeedVerified\":false}").statusCode());
        }
        assertFalse(author.get("api/proposals/" + proposal.id()).body().contains("\"votesFor\":0"), "the support counts");
    }

    private static void scrollTo(WebDriver driver, String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
