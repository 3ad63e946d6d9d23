package org.civitas.proposals;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen writes a proposal, keeps it as a draft, publishes it, finds it in the list, and withdraws it. */
@ExtendWith(Portal.class)
class ProposalsBrowserIT {

    private final URL base = Portal.base();

    private WebDriver driver;

    private void waitFor(String text) {
        Browser.waitForMain(driver, text);
    }

    private void type(String id, String text) {
        Browser.type(driver, id, text);
    }

    @Test
    void writeSaveAsDraftAddAPhotoPublishFindAndWithdraw() throws Exception {
        try (Browser browser = Browser.start()) {
            driver = browser.driver();
            String word = "fontaine" + UUID.randomUUID().toString().substring(0, 6);
            browser.register(base, "fr", "Maëlle Proposante");

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

            String draftUrl = driver.getCurrentUrl();
            driver.findElement(By.linkText("Modifier")).click();
            waitFor("Ajouter une photo (facultatif)");
            Path notAPhoto = Files.createTempFile("not-a-photo", ".jpg");
            Files.writeString(notAPhoto, "<script>alert(1)</script>");
            driver.findElement(By.id("photo")).sendKeys(notAPhoto.toString());
            driver.findElement(By.id("uploadPhoto")).click();
            waitFor("Ce fichier n’est pas une image JPEG, PNG ou WebP.");
            Path phonePhoto = Files.createTempFile("phone", ".jpg");
            Files.write(phonePhoto, TestPhotos.phoneJpeg());
            driver.findElement(By.id("photo")).sendKeys(phonePhoto.toString());
            driver.findElement(By.id("uploadPhoto")).click();
            waitFor("La photo est ajoutée.");
            String thumb = driver.findElement(By.className("photo-preview")).getAttribute("src");
            assertTrue(thumb.matches(".*/photos/\\d+-thumb\\.jpg"), thumb);
            browser.assertAccessible();
            browser.screenshot("proposal-photo-fr");
            PortalClient visitor = new PortalClient(base.toURI());
            assertEquals(404, visitor.get(thumb.substring(base.toString().length())).statusCode(),
                    "a draft's photo is private");

            driver.get(draftUrl);
            waitFor("Brouillon");
            driver.findElement(By.id("publish")).click();
            waitFor("Votre proposition est publiée.");
            String large = driver.findElement(By.cssSelector(".proposal-photo img")).getAttribute("src");
            HttpResponse<byte[]> served = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build().send(
                            HttpRequest.newBuilder(URI.create(large)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode());
            assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
            assertFalse(TestPhotos.contains(served.body(), "Exif"), "served without its EXIF block");
            assertFalse(TestPhotos.contains(served.body(), "GPS-47.2184N"));
            browser.assertAccessible();
            browser.screenshot("proposal-published-fr");
            String proposalUrl = driver.getCurrentUrl();

            driver.get(base + "proposals?q=" + word + "&theme=environnement");
            waitFor("1 proposition");
            assertEquals(1, driver.findElements(By.cssSelector(".proposal-card img.proposal-thumb")).size(),
                    "the row shows the thumbnail");
            browser.assertAccessible();
            browser.screenshot("proposals-list-fr");
            driver.findElement(By.partialLinkText(word)).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(proposalUrl));

            driver.findElement(By.id("withdraw")).click();
            waitFor("Votre proposition est retirée");
            waitFor("Retirée");

            driver.get(base + "proposals?lang=en");
            waitFor(" proposals");
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
