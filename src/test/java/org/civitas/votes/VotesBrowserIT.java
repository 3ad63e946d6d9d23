package org.civitas.votes;

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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Voting from the proposal's page: by ajax in Chromium, and by a plain form post without JavaScript. */
@ExtendWith(Portal.class)
class VotesBrowserIT {

    private final URL base = Portal.base();

    private String publishedProposalPath() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Vote");
        return TestProposals.publish(author, "Un kiosque à musique au Vieux-Bourg", "culture").path();
    }

    @Test
    void aCitizenVotesChangesAndWithdrawsByAjax() throws Exception {
        String path = publishedProposalPath();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(base + path + "?lang=fr");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Connectez-vous pour voter."));
            browser.assertAccessible();

            driver.get(base + "register.xhtml");
            driver.findElement(By.id("displayName")).sendKeys("Votant Ajax");
            String email = PortalClient.uniqueEmail("ajax");
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
            driver.findElement(By.id("confirmation")).sendKeys(TestAccounts.PASSWORD);
            driver.findElement(By.id("submit")).click();
            wait(driver, "Bienvenue");
            Browser.confirmEmail(base, email);

            driver.get(base + path);
            String url = driver.getCurrentUrl();
            driver.findElement(By.id("voteFor")).click();
            wait(driver, "Votre soutien est enregistré.");
            assertEquals(url, driver.getCurrentUrl(), "no page reload");
            assertTrue(counts(driver).matches("1 / \\d+ soutiens? .*0 opposition .*"), counts(driver));
            assertEquals("true", driver.findElement(By.id("voteFor")).getAttribute("aria-pressed"));
            browser.assertAccessible();
            browser.screenshot("proposal-voted-fr");

            driver.findElement(By.id("voteAgainst")).click();
            wait(driver, "Votre opposition est enregistrée.");
            assertTrue(counts(driver).matches("0 / \\d+ soutiens? .*1 opposition .*"), counts(driver));

            driver.navigate().refresh();
            assertTrue(counts(driver).matches("0 / \\d+ soutiens? .*1 opposition .*"), "the vote is stored: " + counts(driver));
            driver.findElement(By.id("withdrawVote")).click();
            wait(driver, "Votre vote est retiré.");
            assertTrue(counts(driver).matches("0 / \\d+ soutiens? .*0 opposition .*"), counts(driver));
        }
    }

    @Test
    void votingWorksAsAPlainFormPostWithoutJavaScript() throws Exception {
        String path = publishedProposalPath();
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Votante Sans JS");
        HttpResponse<String> posted = citizen.submitForm(path, "voteForm", "voteFor", Map.of());
        assertTrue(posted.statusCode() / 100 == 3, posted.statusCode() + " " + posted.body());
        HttpResponse<String> page = citizen.follow(posted);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Votre soutien est enregistré."), page.body());
        assertTrue(page.body().replaceAll("\\s+", " ").matches("(?s).*id=\"vote-progress\"> ?1 / \\d+ soutiens? </p>.*"), page.body());
    }

    private static void wait(WebDriver driver, String text) {
        Browser.waitForMain(driver, text);
    }

    private static String counts(WebDriver driver) {
        return driver.findElement(By.cssSelector(".vote-bar .vote-counts")).getText().replaceAll("\\s+", " ") + " ";
    }
}
