package org.civitas.platform;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, in French and in English, on a wide and a narrow screen: axe-core finds no WCAG 2.1 A/AA
 * violation, nothing overflows sideways, and a screenshot is kept in target/screenshots for people to look at.
 */
@ExtendWith(Portal.class)
class PagesBrowserIT {

    private static final List<String> PUBLIC_PAGES = List.of("index", "proposal/list", "signin", "register",
            "opendata", "accessibility", "legal", "forgot", "reset", "confirm", "link-account", "signed-out", "budgets/index",
            "unsubscribe", "search", "search?q=jardin", "no-such-page");
    private static final List<String> SIGNED_IN_PAGES = List.of("account/index", "account/activity", "account/alerts",
            "proposal/edit");

    private final URL base = Portal.base();

    @Test
    void everyPageIsAccessibleInBothLanguagesOnWideAndNarrowScreens() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            for (String lang : List.of("fr", "en")) {
                driver.get(base + "index.xhtml?lang=" + lang);
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
                visitAll(browser, PUBLIC_PAGES, lang, "");
            }
            driver.get(base + "index.xhtml?lang=fr");
            driver.get(base + "signin.xhtml");
            driver.findElement(By.id("email")).sendKeys(TestAccounts.ADMIN_EMAIL);
            driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
            ensureAdminExists();
            driver.findElement(By.id("submit")).click();
            PortalClient api = new PortalClient(URI.create(base.toString()));
            TestAccounts.signInAsAdmin(api);
            long budget = TestBudgets.create(api, TestBudgets.json("Budget participatif des pages", 1_000_000, -10,
                    600_000, "gare", 300_000));
            for (String lang : List.of("fr", "en")) {
                driver.get(base + "index.xhtml?lang=" + lang);
                visitAll(browser, SIGNED_IN_PAGES, lang, "-signed-in");
                for (String[] admin : new String[][]{{"Administration", "admin-index"},
                        {lang.equals("fr") ? "Identité de la commune" : "The town's identity", "admin-town"},
                        {lang.equals("fr") ? "Mentions légales et accessibilité" : "Legal notice and accessibility", "admin-legal"},
                        {lang.equals("fr") ? "Comptes et rôles" : "Accounts and roles", "admin-accounts"},
                        {lang.equals("fr") ? "Décomptes" : "Tallies", "admin-tallies"},
                        {lang.equals("fr") ? "Seuil" : "Threshold", "admin-threshold"},
                        {lang.equals("fr") ? "Thèmes et quartiers" : "Themes and districts", "admin-taxonomy"},
                        {lang.equals("fr") ? "Partage" : "Sharing", "admin-sharing"},
                        {"Publications", "admin-publications"},
                        {lang.equals("fr") ? "Comptes de la ville sur les réseaux" : "The town’s accounts on the networks",
                                "admin-networks"},
                        {lang.equals("fr") ? "Courriels" : "Mail", "admin-mail"},
                        {lang.equals("fr") ? "Journal d’audit" : "Audit log", "admin-audit"},
                        {lang.equals("fr") ? "Composants" : "Components", "admin-components"},
                        {lang.equals("fr") ? "Gérer les budgets participatifs" : "Manage participatory budgets", "admin-budgets"},
                        {lang.equals("fr") ? "Résultats" : "Results", "dashboard"}}) {
                    // Every administration page is one click from the administration home
                    driver.get(base + "admin/index.xhtml");
                    browser.resize(1280, 1000);
                    driver.findElement(By.linkText(admin[0])).click();
                    assertTrue(driver.findElements(By.cssSelector(".error-page")).isEmpty(), admin[1] + " answered an error");
                    for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                        browser.resize(size[0], size[1]);
                        browser.assertAccessible();
                        assertNoSidewaysScroll(driver);
                        browser.screenshot(admin[1] + "-" + lang + "-" + size[0]);
                        if (admin[1].equals("admin-components")) {
                            // One picture per component, as docs/components.md shows them
                            List<WebElement> parts = driver.findElements(By.cssSelector("section[id^='component-']"));
                            assertEquals(7, parts.size(), "every component is on the page");
                            for (WebElement part : parts) {
                                browser.screenshot(part, "components/" + part.getAttribute("id") + "-" + lang + "-" + size[0]);
                            }
                        }
                    }
                }
                // A budget's page and its administration form (#20), reached by their addresses
                visitAll(browser, List.of("budgets/view?id=" + budget, "admin/budget?id=" + budget, "admin/budget"),
                        lang, "-admin");
            }
        }
    }

    @Test
    void keyboardAloneReachesTheContentAndTheForms() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(base + "signin.xhtml?lang=fr");
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertEquals("Aller au contenu", driver.switchTo().activeElement().getText());
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            for (int i = 0; i < 3 && !"email".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            assertEquals("email", driver.switchTo().activeElement().getAttribute("id"),
                    "after skipping to the content, Tab reaches the first field");
            String outline = (String) ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.activeElement).outlineStyle");
            assertTrue(!"none".equals(outline), "the focused field shows a focus outline");
        }
    }

    private void ensureAdminExists() {
        TestAccounts.signInAsAdmin(new PortalClient(URI.create(base.toString())));
    }

    private void visitAll(Browser browser, List<String> pages, String lang, String suffix) {
        WebDriver driver = browser.driver();
        for (String page : pages) {
            for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                browser.resize(size[0], size[1]);
                int query = page.indexOf('?');
                driver.get(base + (query < 0 ? page + ".xhtml" : page.substring(0, query) + ".xhtml" + page.substring(query)));
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), page);
                assertEquals(page.equals("no-such-page"), !driver.findElements(By.cssSelector(".error-page")).isEmpty(),
                        page + ": an error page only where one is expected");
                browser.assertAccessible();
                assertNoSidewaysScroll(driver);
                browser.screenshot(page.replaceAll("[/?=]", "-") + suffix + "-" + lang + "-" + size[0]);
            }
        }
    }

    private static void assertNoSidewaysScroll(WebDriver driver) {
        Browser.assertNoSidewaysScroll(driver);
    }
}
