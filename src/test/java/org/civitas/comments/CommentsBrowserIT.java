package org.civitas.comments;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen comments, replies, corrects and deletes, on the proposal's page, in Chromium. */
@ExtendWith(Portal.class)
class CommentsBrowserIT {

    private final URL base = Portal.base();

    private WebDriver driver;

    private void waitFor(String text) {
        Browser.waitForText(driver, By.id("comments"), text);
    }

    /** By id, or by the end of the id for fields inside a comment (whose ids the thread's rows prefix). */
    private WebElement field(String id) {
        return driver.findElement(By.cssSelector("[id='" + id + "'], [id$=':" + id + "']"));
    }

    private void type(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void commentReplyEditAndDeleteWithConfirmation() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Débat");
        String path = TestProposals.publish(author, "Un marché de producteurs le mercredi", "solidarite").path();
        try (Browser browser = Browser.start()) {
            driver = browser.driver();
            browser.register(base, "fr", "Inès Commentatrice");

            driver.get(base + path);
            waitFor("Aucun commentaire pour l’instant.");
            browser.assertAccessible();
            driver.findElement(By.id("postComment")).click();
            waitFor("ce champ est obligatoire");
            browser.assertAccessible();

            type("commentBody", "Excellente idée. Voir https://example.org/marches pour un exemple.");
            driver.findElement(By.id("postComment")).click();
            Browser.waitForMain(driver, "Votre commentaire est publié.");
            waitFor("Commentaires (1)");
            assertEquals("nofollow ugc noopener",
                    driver.findElement(By.partialLinkText("example.org/marches")).getAttribute("rel"));

            driver.findElement(By.linkText("Répondre")).click();
            type("replyBody", "Et le samedi aussi ?");
            field("postReply").click();
            waitFor("Et le samedi aussi ?");
            assertTrue(driver.findElements(By.cssSelector(".comment.depth-1")).size() == 1);

            driver.findElements(By.linkText("Modifier")).get(0).click();
            assertTrue(field("editBody").getAttribute("value").startsWith("Excellente idée."));
            type("editBody", "Excellente idée, vraiment.");
            field("saveComment").click();
            waitFor("(modifié)");
            browser.assertAccessible();
            browser.screenshot("proposal-comments-fr");

            driver.findElements(By.linkText("Supprimer")).get(0).click();
            waitFor("Supprimer ce commentaire ? Ses réponses resteront visibles.");
            browser.assertAccessible();
            field("confirmDelete").click();
            waitFor("Commentaire supprimé.");
            waitFor("Et le samedi aussi ?");
            waitFor("Commentaires (1)");
        }
    }

    @Test
    void reportACommentInEnglishOnANarrowScreen() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Author Reported");
        TestProposals.Published proposal = TestProposals.publish(author, "Free bicycle repair workshops", "mobilite");
        long commentId = TestProposals.number(author.sendJson("POST", "api/proposals/" + proposal.id() + "/comments",
                "{\"text\":{\"body\":\"Buy cheap watches at my shop\"}}").body(), "id");

        PortalClient other = new PortalClient(base.toURI());
        other.registerNewCitizen("Report Without Reason");
        String refused = other.submitForm("report.xhtml?comment=" + commentId, "reportForm", "sendReport",
                Map.of("comment", String.valueOf(commentId), "details", "")).body();
        assertTrue(refused.contains("Choisissez pourquoi vous le signalez."), refused);

        try (Browser browser = Browser.start()) {
            driver = browser.driver();
            browser.resize(390, 844);
            browser.register(base, "en", "Noor Reporter");

            driver.get(base + proposal.path());
            waitFor("Buy cheap watches");
            driver.findElement(By.cssSelector("#c-" + commentId + " .report-link")).click();
            Browser.waitForText(driver, By.tagName("h1"), "Report this comment");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Buy cheap watches at my shop"));
            browser.assertAccessible();
            Browser.assertNoSidewaysScroll(driver);
            browser.screenshot("report-comment-en-390");

            driver.findElement(By.cssSelector("label[for='reason-SPAM']")).click();
            type("details", "Advertising, posted on several proposals.");
            driver.findElement(By.id("sendReport")).click();
            Browser.waitForMain(driver, "Thank you: the moderators will look at your report.");
            assertTrue(driver.getCurrentUrl().contains("/proposals/" + proposal.id()), driver.getCurrentUrl());
            browser.assertAccessible();

            driver.findElement(By.cssSelector(".report-proposal .report-link")).click();
            Browser.waitForText(driver, By.tagName("h1"), "Report this proposal");
            browser.resize(1280, 1000);
            driver.get(driver.getCurrentUrl().replace("lang=en", "") + "&lang=fr");
            Browser.waitForText(driver, By.tagName("h1"), "Signaler cette proposition");
            browser.assertAccessible();
            browser.screenshot("report-proposal-fr");
        }
    }
}
