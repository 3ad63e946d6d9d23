package org.civitas.accounts.oidc;

import org.civitas.testing.Browser;
import org.civitas.testing.IdentityProvider;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through the OpenID provider in Chromium, as a person does: the button on the sign-in page, the
 * provider's own login form, back on the portal signed in; then signing out of both.
 */
@ExtendWith(Portal.class)
class OidcSignInBrowserIT {

    private final URL base = Portal.base();

    @BeforeAll
    static void startTheProvider() {
        IdentityProvider.start();
    }

    @Test
    void aPersonSignsInThroughTheProviderAndOutOfBoth() {
        String email = PortalClient.uniqueEmail("oidc-browser");
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(base + "signin.xhtml?lang=fr");
            browser.assertAccessible();
            driver.findElement(By.id("oidc-" + IdentityProvider.ID)).click();

            // The provider's page, not the portal's
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.name("username")).size() == 1);
            assertTrue(driver.getCurrentUrl().startsWith("http://localhost:" + IdentityProvider.port() + "/default/authorize"),
                    driver.getCurrentUrl());
            driver.findElement(By.name("username")).sendKeys(UUID.randomUUID().toString());
            driver.findElement(By.name("claims")).sendKeys("{\"email\":\"" + email
                    + "\",\"email_verified\":true,\"given_name\":\"Noémie\",\"family_name\":\"Navigatrice\"}");
            driver.findElement(By.cssSelector("input[type=submit]")).click();

            // A new account: welcomed on My account, which shows the provider as its way in
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("signOut")).isEmpty());
            assertTrue(driver.getCurrentUrl().startsWith(base + "account/index.xhtml?oidc=opened"), driver.getCurrentUrl());
            Browser.waitForMain(driver, "Noémie Navigatrice");
            String page = driver.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Bienvenue\u202f! Votre compte a été ouvert par Test ID."), page);
            assertTrue(page.contains("Moyens de connexion"), page);
            assertTrue(page.contains("Identité vérifiée"), page);
            assertTrue(page.contains("Votre compte n’a pas de mot de passe"), page);
            browser.assertAccessible();
            browser.screenshot("oidc-signed-in-fr");

            driver.findElement(By.id("signOut")).click();
            // Through signed-out.xhtml to the provider's logout, and back home, signed out
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(base + "index.xhtml")
                    && d.findElements(By.id("signOut")).isEmpty());
            driver.get(base + "account/index.xhtml");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/signin"));
        }
    }
}
