package org.civitas.accounts;

import org.civitas.testing.Browser;
import org.civitas.testing.Mailbox;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flows a person goes through in Chromium, with the mail they receive: forgetting a password and choosing a new
 * one, and confirming an address after registering. Every page checked by axe and photographed.
 */
@ExtendWith(Portal.class)
class AccountRecoveryBrowserIT {

    private final URL base = Portal.base();

    @Test
    void aPersonWhoForgotTheirPasswordChoosesANewOneFromTheMail() throws Exception {
        String email = new PortalClient(base.toURI()).registerNewCitizen("Oublieuse");
        try (Mailbox mail = Mailbox.start(); Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(base + "signin.xhtml?lang=fr");
            driver.findElement(By.linkText("Mot de passe oublié\u202f?")).click();
            Browser.waitForMain(driver, "Mot de passe oublié");
            browser.assertAccessible();
            Browser.type(driver, "email", email);
            driver.findElement(By.id("send")).click();
            Browser.waitForText(driver, By.id("messages"), "un lien valable une heure vient d’y être envoyé");
            browser.screenshot("forgot-sent-fr");

            driver.get(base + Mailbox.link(mail.await(email, "Choisir un nouveau mot de passe"), "reset"));
            Browser.waitForMain(driver, "Choisissez le nouveau mot de passe");
            browser.assertAccessible();
            browser.resize(390, 844);
            Browser.assertNoSidewaysScroll(driver);
            browser.screenshot("reset-form-fr-390");
            browser.resize(1280, 900);
            Browser.type(driver, "next", "une phrase de passe toute neuve");
            Browser.type(driver, "confirmation", "une phrase de passe toute neuve");
            driver.findElement(By.id("reset")).click();
            Browser.waitForText(driver, By.id("messages"), "Votre mot de passe a été changé");

            Browser.type(driver, "email", email);
            Browser.type(driver, "password", "une phrase de passe toute neuve");
            driver.findElement(By.id("submit")).click();
            Browser.waitForMain(driver, "Bienvenue");
        }
    }

    @Test
    void aNewcomerConfirmsTheirAddressFromTheMail() throws Exception {
        String email = PortalClient.uniqueEmail("newcomer");
        try (Mailbox mail = Mailbox.start(); Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(base + "register.xhtml?lang=en");
            Browser.type(driver, "displayName", "Newcomer");
            Browser.type(driver, "email", email);
            Browser.type(driver, "password", TestAccounts.PASSWORD);
            Browser.type(driver, "confirmation", TestAccounts.PASSWORD);
            driver.findElement(By.id("submit")).click();
            Browser.waitForMain(driver, "Welcome");
            assertTrue(driver.findElement(By.id("messages")).getText().contains("Confirm your address"));
            List<String> registrations = Files.readAllLines(Portal.log()).stream()
                    .filter(line -> line.contains("Registration of account")).toList();
            assertTrue(registrations.get(registrations.size() - 1).contains("with the proof of work"),
                    "the browser answered the form's challenge unseen: " + registrations.get(registrations.size() - 1));

            driver.get(base + "account/index.xhtml");
            Browser.waitForMain(driver, "to confirm");
            browser.assertAccessible();
            browser.screenshot("account-unconfirmed-en");

            driver.get(base + Mailbox.link(mail.await(email, "Confirm your e-mail address"), "confirm"));
            Browser.waitForMain(driver, "One click");
            browser.assertAccessible();
            browser.screenshot("confirm-en");
            driver.findElement(By.id("confirm")).click();
            Browser.waitForText(driver, By.id("messages"), "is confirmed");
            Browser.waitForMain(driver, "confirmed");
            assertTrue(driver.findElements(By.id("resend")).isEmpty(), "nothing left to confirm");
        }
    }
}
