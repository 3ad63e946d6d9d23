package org.civitas.review;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An official finds the proposals under review (longest waiting first), answers one with a decision, a cost and a
 * date; the answer shows on the proposal's page with its badge and voting is closed. Citizens cannot reach the
 * review pages.
 */
@ExtendWith(Portal.class)
class ReviewBrowserIT {

    private final URL base = Portal.base();

    private WebDriver driver;

    private void waitFor(String text) {
        Browser.waitForMain(driver, text);
    }

    private void type(String id, String text) {
        Browser.type(driver, id, text);
    }

    @Test
    void anOfficialAnswersTheLongestWaitingProposal() throws Exception {
        String word = "examen" + UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Examiné");
        long older = TestProposals.publish(author, "Plus ancienne " + word, "urbanisme").id();
        long newer = TestProposals.publish(author, "Plus récente " + word, "urbanisme").id();
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/under-review?proposal=" + newer + "&daysAgo=2", null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/under-review?proposal=" + older + "&daysAgo=400", null).statusCode());
        PortalClient voter = new PortalClient(base.toURI());
        voter.registerNewCitizen("Votant Examen");
        assertEquals(200, voter.sendJson("PUT", "api/proposals/" + older + "/vote", "{\"choice\":\"FOR\"}").statusCode());

        PortalClient official = new PortalClient(base.toURI());
        String officialEmail = official.registerNewCitizen("Élue Examinatrice");
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + officialEmail, null).statusCode());

        assertEquals(403, voter.get("review/queue.xhtml").statusCode(), "citizens may not review");
        assertEquals(403, voter.get("review/answer.xhtml?id=" + older).statusCode());
        HttpResponse<String> anonymous = new PortalClient(base.toURI()).get("review/queue.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/signin"));

        try (Browser browser = Browser.start()) {
            driver = browser.driver();
            browser.signIn(base, "fr", officialEmail);

            driver.findElement(By.linkText("Examen")).click();
            waitFor("Propositions à examiner");
            List<Integer> waiting = new ArrayList<>();
            for (WebElement cell : driver.findElements(By.cssSelector(".review-table tbody tr td:nth-child(2)"))) {
                waiting.add(Integer.parseInt(cell.getText().replaceAll("\\D", "")));
            }
            for (int i = 1; i < waiting.size(); i++) {
                assertTrue(waiting.get(i - 1) >= waiting.get(i), "longest waiting first: " + waiting);
            }
            String queue = driver.findElement(By.tagName("table")).getText();
            if (queue.contains("Plus ancienne " + word) && queue.contains("Plus récente " + word)) {
                assertTrue(queue.indexOf("Plus ancienne " + word) < queue.indexOf("Plus récente " + word), queue);
            }
            browser.assertAccessible();
            browser.screenshot("review-queue-fr");

            // On a database that has seen other runs, this proposal may be on a later page of the queue.
            driver.get(base + "review/answer.xhtml?id=" + older);
            waitFor("Répondre à la proposition");
            driver.findElement(By.id("sendAnswer")).click();
            waitFor("Choisissez une décision.");
            browser.assertAccessible();

            new Select(driver.findElement(By.id("decision"))).selectByValue("ACCEPTED");
            type("body", "Le conseil municipal retient cette idée.\n\nLes travaux sont inscrits au budget 2027 : https://example.org/budget");
            type("cost", "douze mille");
            driver.findElement(By.id("sendAnswer")).click();
            waitFor("Indiquez un montant en euros");
            type("cost", "12 500,50");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('plannedOn').value = '2027-03-15'");
            driver.findElement(By.id("sendAnswer")).click();
            waitFor("Votre réponse est publiée.");
            waitFor("Réponse officielle");
            String main = driver.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("500,50") && main.contains("€"), main);
            assertTrue(main.contains("15 mars 2027"), main);
            assertTrue(main.contains("Élue Examinatrice"), main);
            browser.assertAccessible();
            browser.screenshot("proposal-answered-fr");

            HttpResponse<String> lateVote = voter.sendJson("PUT", "api/proposals/" + older + "/vote", "{\"choice\":\"AGAINST\"}");
            assertEquals(409, lateVote.statusCode(), "answering closed voting: " + lateVote.body());
            assertTrue(author.get("api/proposals/" + older).body().contains("\"status\":\"ACCEPTED\""));

            driver.findElement(By.linkText("Répondre")).click();
            waitFor("Répondre à la proposition");
            assertEquals(3, new Select(driver.findElement(By.id("decision"))).getOptions().size(),
                    "after ACCEPTED: in progress or implemented (plus the prompt)");
            new Select(driver.findElement(By.id("decision"))).selectByValue("IN_PROGRESS");
            type("body", "Les travaux ont commencé.");
            driver.findElement(By.id("sendAnswer")).click();
            waitFor("Votre réponse est publiée.");
            assertEquals(2, driver.findElements(By.cssSelector(".official-answers .answer")).size());

            browser.resize(390, 1400);
            driver.get(driver.getCurrentUrl().split("\\?")[0] + "?lang=en");
            waitFor("Official answers");
            browser.assertAccessible();
            Browser.assertNoSidewaysScroll(driver);
            browser.screenshot("proposal-answered-en-390");
            driver.get(base + "review/queue.xhtml");
            waitFor("Proposals to answer");
            assertTrue(!driver.findElement(By.tagName("main")).getText().contains("Plus ancienne " + word),
                    "an answered proposal leaves the queue");
            browser.assertAccessible();
            Browser.assertNoSidewaysScroll(driver);
            browser.screenshot("review-queue-en-390");
        }
    }
}
