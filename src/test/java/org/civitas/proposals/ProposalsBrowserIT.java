package org.civitas.proposals;

import org.civitas.testing.Browser;
import org.civitas.testing.Deployments;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen writes a proposal, keeps it as a draft, publishes it, finds it in the list, and withdraws it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal("civitas-proposals-e2e");
    }

    @ArquillianResource
    private URL base;

    private WebDriver driver;

    private void waitFor(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void writeSaveAsDraftPublishFindAndWithdraw() {
        try (Browser browser = Browser.start()) {
            driver = browser.driver();
            String word = "fontaine" + UUID.randomUUID().toString().substring(0, 6);
            driver.get(base + "register.xhtml?lang=fr");
            type("displayName", "Maëlle Proposante");
            type("email", PortalClient.uniqueEmail("proposer"));
            type("password", TestAccounts.PASSWORD);
            type("confirmation", TestAccounts.PASSWORD);
            driver.findElement(By.id("submit")).click();
            waitFor("Bienvenue, Maëlle Proposante");

            driver.findElement(By.linkText("Proposer une idée")).click();
            waitFor("Décrivez votre idée");
            browser.assertAccessible();
            driver.findElement(By.id("save")).click();
            waitFor("ce champ est obligatoire");
            browser.assertAccessible();

            type("title", "Une " + word + " à boire au square des Tilleuls");
            type("summary", "De l’eau potable pour les promeneurs et les enfants l’été.");
            type("body", "Le square n’a aucun point d’eau.\n\nVoir le plan : https://example.org/plan-square.");
            new Select(driver.findElement(By.id("themeCode"))).selectByValue("environnement");
            new Select(driver.findElement(By.id("districtCode"))).selectByValue("les-tilleuls");
            driver.findElement(By.id("save")).click();
            waitFor("Votre brouillon est enregistré.");
            assertTrue(driver.getCurrentUrl().matches(".*/proposals/\\d+/une-" + word + "-a-boire-au-square-des-tilleuls"),
                    driver.getCurrentUrl());
            waitFor("Brouillon : vous seul·e le voyez.");
            browser.assertAccessible();
            WebElement link = driver.findElement(By.partialLinkText("example.org/plan-square"));
            assertEquals("nofollow ugc noopener", link.getAttribute("rel"));

            driver.findElement(By.id("publish")).click();
            waitFor("Votre proposition est publiée.");
            browser.assertAccessible();
            browser.screenshot("proposal-published-fr");
            String proposalUrl = driver.getCurrentUrl();

            driver.get(base + "proposals?q=" + word + "&theme=environnement");
            waitFor("1 proposition(s)");
            browser.assertAccessible();
            browser.screenshot("proposals-list-fr");
            driver.findElement(By.partialLinkText(word)).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(proposalUrl));

            driver.findElement(By.id("withdraw")).click();
            waitFor("Votre proposition est retirée");
            waitFor("Retirée");

            driver.get(base + "proposals?lang=en");
            waitFor("proposal(s)");
            browser.assertAccessible();
            browser.resize(390, 1400);
            browser.screenshot("proposals-list-en-390");
            browser.assertAccessible();
        }
    }

    @Test
    void aWrongSlugRedirectsAndAnUnknownProposalIsA404() throws Exception {
        PortalClient anonymous = new PortalClient(base.toURI());
        assertEquals(404, anonymous.get("proposals/999999999").statusCode());
        assertEquals(200, anonymous.get("proposals").statusCode());
        assertEquals(200, anonymous.get("proposals?sort=nonsense&page=abc&theme=%3Cscript%3E").statusCode(),
                "unknown filter values are ignored, not errors");
    }
}
