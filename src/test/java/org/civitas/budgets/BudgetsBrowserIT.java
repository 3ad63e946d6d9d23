package org.civitas.budgets;

import org.civitas.proposals.TestPhotos;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20 in a real browser: a resident suggests an idea; an official reviews ideas and publishes the projects; a
 * resident votes on a phone-sized screen (declares, fills the basket, is told what does not fit, confirms); the
 * results. Every page axe-clean, in French and English, wide and narrow, with screenshots in target/screenshots.
 */
@ExtendWith(Portal.class)
class BudgetsBrowserIT {

    private final URL base = Portal.base();
    private final URI uri = URI.create(base.toString());

    /** Checks and photographs the page shown, in both sizes, then in English too (by its address with ?lang=en). */
    private void look(Browser browser, String name) {
        WebDriver driver = browser.driver();
        String address = driver.getCurrentUrl();
        for (String lang : List.of("fr", "en")) {
            driver.get(address + (address.contains("?") ? "&" : "?") + "lang=" + lang);
            for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                browser.resize(size[0], size[1]);
                browser.assertAccessible();
                Browser.assertNoSidewaysScroll(driver);
                browser.screenshot("budgets/" + name + "-" + lang + "-" + size[0]);
            }
        }
        driver.get(address + (address.contains("?") ? "&" : "?") + "lang=fr");
    }

    /** Checks and photographs the page as it is (an answer to a form, which its address would not show again). */
    private static void lookHere(Browser browser, String name) {
        for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
            browser.resize(size[0], size[1]);
            browser.assertAccessible();
            Browser.assertNoSidewaysScroll(browser.driver());
            browser.screenshot("budgets/" + name + "-fr-" + size[0]);
        }
    }

    @Test
    void anOfficialReviewsTheIdeasAndPublishesTheProjects() {
        PortalClient admin = new PortalClient(uri);
        TestAccounts.signInAsAdmin(admin);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String json = TestBudgets.json("Budget des quartiers " + suffix, 400_000, -10, 300_000, "gare", 100_000);
        long budget = TestBudgets.create(admin, json);
        long town = TestBudgets.envelope(admin, budget, null);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            // A resident suggests an idea through the form
            String resident = browser.register(base, "fr", "Habitante Navigatrice");
            driver.get(base + "budgets/view.xhtml?id=" + budget);
            driver.findElement(By.id("newIdea")).click();
            look(browser, "idea-form");
            new Select(driver.findElement(By.id("envelopeId"))).selectByValue(Long.toString(town));
            Browser.type(driver, "title", "Une aire de jeux au parc " + suffix);
            Browser.type(driver, "summary", "Des jeux pour les petits, à l'ombre.");
            Browser.type(driver, "body", "Au parc du centre, près des bancs.");
            new Select(driver.findElement(By.id("themeCode"))).selectByValue("culture");
            Browser.type(driver, "estimatedCost", "25 000");
            driver.findElement(By.id("publish")).click();
            Browser.waitForMain(driver, "Votre idée est publiée");
            look(browser, "idea-page");
            long idea = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/proposals/(\\d+).*", "$1"));
            driver.get(base + "budgets/ideas.xhtml?id=" + budget);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Une aire de jeux au parc"));
            look(browser, "ideas");
            assertTrue(resident.contains("@"));

            // The review begins: an official assesses it and publishes the projects
            TestBudgets.change(admin, budget, TestBudgets.beginningToday(json, "review"));
            driver.manage().deleteAllCookies();
            String officialEmail = browser.register(base, "fr", "Élu Navigateur");
            assertEquals(204, new PortalClient(uri).sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email="
                    + URLEncoder.encode(officialEmail, StandardCharsets.UTF_8), null).statusCode());
            driver.manage().deleteAllCookies();
            browser.signIn(base, "fr", officialEmail);
            driver.get(base + "budgets/view.xhtml?id=" + budget);
            driver.findElement(By.id("reviewIdeas")).click();
            look(browser, "review-list");
            driver.findElement(By.cssSelector("a[href*='review/idea.xhtml?id=" + idea + "']")).click();
            look(browser, "review-idea");
            driver.findElement(By.cssSelector("input[name='verdict'][value='FEASIBLE']")).click();
            Browser.type(driver, "cost", "28 000 €");
            Browser.type(driver, "reason", "Le coût comprend le sol amortissant.");
            driver.findElement(By.id("save")).click();
            Browser.waitForMain(driver, "1 idée analysée sur 1");
            driver.findElement(By.id("confirmed")).click();
            driver.findElement(By.id("publish")).click();
            Browser.waitForMain(driver, "l’analyse est close");
            driver.get(base + "proposals/" + idea);
            Browser.waitForMain(driver, "Faisable");
            look(browser, "idea-reviewed");
        }
    }

    @Test
    void aResidentVotesOnAPhoneAndSeesTheResults() throws Exception {
        TestBudgets.Voting v = TestBudgets.voting(uri, "\"ballotKind\":\"KNAPSACK\"");
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.register(base, "fr", "Votant Navigateur");
            browser.resize(390, 1400);
            driver.get(base + "budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + v.town());
            look(browser, "vote-declare");
            new Select(driver.findElement(By.id("district"))).selectByValue("gare");
            driver.findElement(By.id("declare")).click();
            Browser.waitForMain(driver, "Votre panier");
            browser.resize(390, 1400);
            long fresco = v.townProjects().get("Une fresque murale");
            long garden = v.townProjects().get("Un jardin partagé");
            long benches = v.townProjects().get("Des bancs ombragés");
            driver.findElement(By.cssSelector("button[value='add:" + fresco + "']")).click();
            Browser.waitForText(driver, By.id("left"), "Il reste 40 000 € sur 100 000 €");
            driver.findElement(By.cssSelector("button[value='add:" + garden + "']")).click();
            Browser.waitForMain(driver, "Ce projet ne rentre pas");
            lookHere(browser, "vote-does-not-fit");
            driver.get(base + "budgets/vote.xhtml?id=" + v.budget() + "&envelope=" + v.town());
            driver.findElement(By.cssSelector("button[value='add:" + benches + "']")).click();
            Browser.waitForText(driver, By.id("left"), "Il reste 10 000 €");
            driver.findElement(By.id("confirm")).click();
            Browser.waitForMain(driver, "Votre vote est confirmé");
            look(browser, "vote-confirmed");
            assertEquals(0, driver.findElements(By.id("confirm")).size(), "nothing left to confirm");

            // The vote closes, the follow-up begins: results, then a step with its photo posted by an official
            TestBudgets.change(v.admin(), v.budget(), TestBudgets.beginningToday(TestBudgets.closed(v.json()), "followUp"));
            new PortalClient(uri).sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null);
            driver.get(base + "budgets/view.xhtml?id=" + v.budget());
            driver.findElement(By.id("results")).click();
            Browser.waitForMain(driver, "Financé");
            look(browser, "results");
            PortalClient official = TestAccounts.signedInWithRole(uri, "Élue Chantiers", "OFFICIAL");
            HttpResponse<String> step = official.sendJson("POST", "api/budgets/" + v.budget() + "/follow-up/" + fresco
                    + "/milestones", "{\"happenedOn\":\"" + TestBudgets.today() + "\",\"body\":\"Le mur est nettoyé, "
                    + "l’artiste commence l’esquisse.\",\"percentDone\":20,\"status\":\"WORKS\"}");
            assertEquals(201, step.statusCode(), step.body());
            long milestone = Long.parseLong(step.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
            assertEquals(200, official.send(HttpRequest.newBuilder(uri.resolve("api/budgets/" + v.budget()
                            + "/follow-up/milestones/" + milestone + "/photo")).header("Origin", official.origin())
                    .header("Content-Type", "image/jpeg").PUT(HttpRequest.BodyPublishers.ofByteArray(TestPhotos.phoneJpeg()))
                    .build()).statusCode());
            driver.get(base + "budgets/follow-up.xhtml?id=" + v.budget());
            Browser.waitForMain(driver, "l’artiste commence l’esquisse");
            // The photo loads lazily: on a phone it is below the fold until one scrolls to it
            WebElement photo = driver.findElement(By.cssSelector(".milestone-photo img"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", photo);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> photo.getAttribute("naturalWidth").matches("[1-9]\\d*"));
            look(browser, "follow-up");
            driver.get(base + "budgets/view.xhtml?id=" + v.budget());
            look(browser, "budget-counted");

            // the official's form for the next step
            driver.manage().deleteAllCookies();
            String officialEmail = browser.register(base, "fr", "Élu Chantiers");
            assertEquals(204, new PortalClient(uri).sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email="
                    + URLEncoder.encode(officialEmail, StandardCharsets.UTF_8), null).statusCode());
            driver.manage().deleteAllCookies();
            browser.signIn(base, "fr", officialEmail);
            driver.get(base + "budgets/follow-up.xhtml?id=" + v.budget());
            driver.findElement(By.cssSelector("a[href*='review/milestone.xhtml?project=" + fresco + "']")).click();
            Browser.waitForMain(driver, "Photo de l’étape");
            look(browser, "milestone-form");
            // and the correction of a step, from its link on the public page, the form filled with what it says
            driver.get(base + "budgets/follow-up.xhtml?id=" + v.budget());
            look(browser, "follow-up-official");
            driver.findElement(By.cssSelector("a[href*='review/milestone.xhtml?milestone=" + milestone + "']")).click();
            Browser.waitForMain(driver, "Corriger une étape du projet");
            assertEquals("Le mur est nettoyé, l’artiste commence l’esquisse.", driver.findElement(By.id("body"))
                    .getAttribute("value"));
            look(browser, "milestone-correct");
            Browser.type(driver, "body", "Le mur est nettoyé ; l’artiste commence l’esquisse mardi.");
            driver.findElement(By.id("post")).click();
            Browser.waitForMain(driver, "l’artiste commence l’esquisse mardi.");
        }
    }
}
