package org.civitas.accounts;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person registering, signing in and out, mistyping, getting locked out and leaving, in real Chromium. */
@ExtendWith(Portal.class)
class AccountsBrowserIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    private final URL base = Portal.base();

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void open() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private void go(String path) {
        driver.get(base.toString() + path);
    }

    private void type(String id, String text) {
        Browser.type(driver, id, text);
    }

    private void submit() {
        driver.findElement(By.id("submit")).click();
    }

    private String messages() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private void waitFor(String text) {
        Browser.waitForMain(driver, text);
    }

    private void register(String name, String email) {
        go("register.xhtml");
        type("displayName", name);
        type("email", email);
        type("password", PASSWORD);
        type("confirmation", PASSWORD);
        submit();
        waitFor("Bienvenue, " + name);
    }

    private void signOut() {
        driver.findElement(By.id("signOut")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.linkText("Se connecter")));
    }

    private void signIn(String email, String password) {
        go("signin.xhtml");
        type("email", email);
        type("password", password);
        submit();
    }

    @Test
    void registerSignOutSignInWithAMistakeThenSucceed() {
        go("");
        browser.assertAccessible();

        go("register.xhtml");
        browser.assertAccessible();
        submit();
        waitFor("ce champ est obligatoire");
        browser.assertAccessible();
        browser.screenshot("register-errors-fr");

        type("displayName", "Léa Martin");
        type("email", "pas-une-adresse");
        type("password", "motdepasse");
        type("confirmation", "motdepasse");
        submit();
        waitFor("12 caractères");
        assertEquals("Léa Martin", driver.findElement(By.id("displayName")).getAttribute("value"),
                "what the person typed is kept");
        browser.assertAccessible();

        String email = PortalClient.uniqueEmail("lea");
        register("Léa Martin", email);
        assertTrue(driver.findElement(By.tagName("header")).getText().contains("Léa Martin"));
        browser.assertAccessible();

        signOut();
        assertFalse(driver.findElement(By.tagName("header")).getText().contains("Léa Martin"));

        signIn(email, "pas le bon mot de passe");
        waitFor("Adresse électronique ou mot de passe incorrect.");
        browser.assertAccessible();
        browser.screenshot("signin-wrong-password-fr");

        signIn(email, PASSWORD);
        waitFor("Bienvenue, Léa Martin");
        go("account/index.xhtml");
        waitFor(email);
        browser.assertAccessible();
    }

    @Test
    void fiveFailuresLockTheAccountWithAClearMessage() {
        String email = PortalClient.uniqueEmail("locked");
        register("Noé Bernard", email);
        signOut();
        for (int i = 1; i <= 4; i++) {
            signIn(email, "mauvais mot de passe " + i);
            waitFor("Adresse électronique ou mot de passe incorrect.");
        }
        signIn(email, "mauvais mot de passe 5");
        waitFor("Trop de tentatives de connexion échouées");
        browser.assertAccessible();
        browser.screenshot("signin-locked-fr");
        signIn(email, PASSWORD);
        waitFor("Trop de tentatives de connexion échouées");
        assertFalse(driver.findElement(By.tagName("header")).getText().contains("Noé Bernard"));
    }

    @Test
    void changePasswordThenDeleteTheAccount() {
        String email = PortalClient.uniqueEmail("leaving");
        register("Inès Petit", email);
        go("account/index.xhtml");
        driver.findElement(By.linkText("Changer mon mot de passe")).click();
        waitFor("Mot de passe actuel");
        browser.assertAccessible();
        type("current", "pas le mot de passe actuel");
        type("next", "un tout nouveau mot de passe");
        type("confirmation", "un tout nouveau mot de passe");
        submit();
        waitFor("Le mot de passe actuel est incorrect.");
        type("current", PASSWORD);
        type("next", "un tout nouveau mot de passe");
        type("confirmation", "un tout nouveau mot de passe");
        submit();
        waitFor("Votre mot de passe a été changé et vos autres sessions fermées.");

        driver.findElement(By.linkText("Supprimer mon compte")).click();
        waitFor("La suppression est définitive.");
        browser.assertAccessible();
        type("password", "un tout nouveau mot de passe");
        submit();
        waitFor("Cochez la case pour confirmer la suppression.");
        type("password", "un tout nouveau mot de passe");
        driver.findElement(By.id("confirmed")).click();
        submit();
        waitFor("Votre compte a été supprimé.");
        browser.screenshot("account-deleted-fr");

        signIn(email, "un tout nouveau mot de passe");
        waitFor("Adresse électronique ou mot de passe incorrect.");
        // Both steps are in the audit log, and every sign-in in the server's log, without the email
        PortalClient admin = new PortalClient(URI.create(base.toString()));
        TestAccounts.signInAsAdmin(admin);
        String audit = admin.get("admin/audit.xhtml").body();
        assertTrue(audit.contains("PASSWORD_CHANGED") && audit.contains("ACCOUNT_DELETED"), audit);
        String log = String.join("\n", readLog());
        assertTrue(log.contains("Sign-in REFUSED from "), "failed sign-ins are logged");
        assertFalse(log.contains(email), "no email in the log");
    }

    private static List<String> readLog() {
        try {
            return Files.readAllLines(Portal.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void adminFindsAnAccountAndGrantsARole() {
        String email = PortalClient.uniqueEmail("future-official");
        register("Future Élue", email);
        signOut();
        PortalClient http = new PortalClient(URI.create(base.toString()));
        TestAccounts.signInAsAdmin(http);
        signIn(TestAccounts.ADMIN_EMAIL, PASSWORD);
        waitFor("Bienvenue");
        driver.findElement(By.linkText("Administration")).click();
        driver.findElement(By.linkText("Comptes et rôles")).click();
        waitFor("Comptes");
        browser.assertAccessible();
        type("q", email.substring(0, 28));
        driver.findElement(By.cssSelector("main form[role=search] button")).click();
        waitFor("1 compte");
        browser.screenshot("admin-accounts-fr");
        driver.findElement(By.xpath("//button[contains(., 'Élu') and @aria-pressed='false']")).click();
        waitFor("Rôle Élu attribué à Future Élue.");
        assertEquals("true", driver.findElement(By.xpath("//button[contains(., 'Élu')]")).getAttribute("aria-pressed"));
        browser.assertAccessible();
        // In the audit log, with who did it
        go("admin/audit.xhtml?action=GRANT_ROLE");
        waitFor("OFFICIAL");
        assertTrue(driver.findElement(By.tagName("table")).getText().contains("IT Admin"));
    }
}
