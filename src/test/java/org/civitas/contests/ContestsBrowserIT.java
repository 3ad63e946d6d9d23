package org.civitas.contests;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident submits a photo from the contest's page (a real file chosen in Chromium); it shows nowhere until a
 * moderator approves it from the moderators' page; once the public vote opens, another resident votes for it from
 * the contest's page, without script. Every page of the contest, the moderators' and the officials', and the
 * galleries' (public and curated) pass axe in French and English, wide and narrow, and scroll no sideways on a phone.
 */
@ExtendWith(Portal.class)
class ContestsBrowserIT {

    private final URL base = Portal.base();

    @Test
    void aResidentSubmitsAModeratorApprovesAndAnotherResidentVotes() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String title = "Les toits au matin " + word;
        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élue " + word, "OFFICIAL");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        HttpResponse<String> opened = official.sendJson("POST", "api/contests", draft(word, today.minusDays(1),
                today.plusDays(1), today.plusDays(2)));
        assertEquals(201, opened.statusCode(), opened.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(opened.body());
        assertTrue(id.find());
        long contest = Long.parseLong(id.group(1));
        String moderatorEmail = PortalClient.uniqueEmail("moderation");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + moderatorEmail
                + "&name=Modo", null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=MODERATOR&email=" + moderatorEmail,
                null).statusCode());
        Path file = Files.createTempFile("contest", ".png");
        ImageIO.write(picture(), "png", file.toFile());

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.register(base, "fr", "Camille " + word);
            driver.get(base + "contests/view.xhtml?id=" + contest + "&lang=fr");
            driver.findElement(By.id("submitPhoto")).click();
            driver.findElement(By.id("photo")).sendKeys(file.toString());
            Browser.type(driver, "title", title);
            Browser.type(driver, "place", "Battant");
            driver.findElement(By.xpath("//label[contains(., 'CC BY-SA')]")).click();
            driver.findElement(By.id("submitPhoto")).click();
            Browser.waitForMain(driver, "Confirmez l’accord des personnes reconnaissables");
            assertEquals(title, driver.findElement(By.id("title")).getAttribute("value"), "what was typed is kept");
            driver.findElement(By.id("photo")).sendKeys(file.toString());
            driver.findElement(By.id("consent")).click();
            driver.findElement(By.id("submitPhoto")).click();
            Browser.waitForMain(driver, "paraîtra une fois validée par un modérateur");
            assertTrue(driver.findElement(By.id("mine-title")).isDisplayed());
            Browser.waitForMain(driver, title);
            checkPages(browser, "contests/submit.xhtml?contest=" + contest, "submit");
            driver.get(base + "contests/view.xhtml?id=" + contest + "&lang=fr");
            assertFalse(driver.findElement(By.cssSelector(".photo-wall")).getText().contains(word), "not public yet");

            driver.manage().deleteAllCookies();
            browser.signIn(base, "fr", moderatorEmail);
            driver.get(base + "moderation/queue.xhtml?lang=fr");
            driver.findElement(By.id("contestModeration")).click();
            Browser.waitForMain(driver, title);
            checkPages(browser, "moderation/contest-photos.xhtml", "moderation");
            driver.get(base + "moderation/contest-photos.xhtml?lang=fr");
            WebElement item = driver.findElement(By.xpath("//li[contains(., '" + word + "')]"));
            item.findElement(By.cssSelector("input[type=submit][value='Valider']")).click();
            Browser.waitForMain(driver, "Photo validée");

            assertEquals(200, official.sendJson("PUT", "api/contests/" + contest, draft(word, today.minusDays(2),
                    today, today.plusDays(1))).statusCode(), "the public vote opens");
            driver.manage().deleteAllCookies();
            browser.register(base, "fr", "Votant " + word);
            driver.get(base + "contests/view.xhtml?id=" + contest + "&lang=fr");
            WebElement tile = driver.findElement(By.xpath("//li[contains(@class, 'photo-tile')][contains(., '" + word + "')]"));
            tile.findElement(By.cssSelector("input[type=submit][value='Voter']")).click();
            Browser.waitForMain(driver, "Votre vote est enregistré.");
            Browser.waitForMain(driver, "Vous avez utilisé tous vos votes.");
            checkPages(browser, "contests/view.xhtml?id=" + contest, "contest");
            checkPages(browser, "contests", "contests");
            driver.get(base + "contests/view.xhtml?id=" + contest + "&lang=fr");
            driver.findElement(By.xpath("//a[contains(@class, 'photo-tile-link')][contains(., '" + word + "')]")).click();
            Browser.waitForMain(driver, "Photo : Camille " + word);
            assertTrue(driver.findElement(By.id("withdraw")).isDisplayed(), "the vote shows on the photo's page");
            assertTrue(driver.getCurrentUrl().contains("/contest/photo/"), "the photo's clean address");
            checkPages(browser, driver.getCurrentUrl().replace(base.toString(), "").replaceAll("[?&]lang=\\w+", ""),
                    "photo");
        }
        PortalClient officialPages = official;
        assertEquals(200, officialPages.get("review/contest.xhtml?id=" + contest).statusCode());
    }

    @Test
    void theOfficialsPagesAndTheGalleriesPassAxe() throws Exception {
        String email = PortalClient.uniqueEmail("elue");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + email + "&name=Élue",
                null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + email, null)
                .statusCode());
        try (Browser browser = Browser.start()) {
            browser.signIn(base, "fr", email);
            checkPages(browser, "review/contests.xhtml", "admin-list");
            checkPages(browser, "review/contest.xhtml", "admin-new");
            checkPages(browser, "review/galleries.xhtml", "galleries-admin-list");
            checkPages(browser, "review/gallery.xhtml", "galleries-admin-new");
            checkPages(browser, "galleries", "galleries");
            // The demo town's published gallery, as the public sees it, and as its official curates it
            WebDriver driver = browser.driver();
            driver.get(base + "galleries?lang=fr");
            String gallery = driver.findElement(By.xpath("//li[contains(@class, 'gallery-card')]"
                    + "//a[contains(., 'Le meilleur de nos concours')]")).getAttribute("href")
                    .replaceAll("^.*/gallery/(\\d+).*$", "$1");
            checkPages(browser, "galleries/view.xhtml?id=" + gallery, "gallery");
            checkPages(browser, "review/gallery.xhtml?id=" + gallery, "galleries-admin-edit");
        }
    }

    /** The page in both languages at both widths: axe-clean, no sideways scroll, a screenshot to look at. */
    private void checkPages(Browser browser, String path, String name) {
        browser.checkPage(base, path, "contests/" + name);
    }


    private static String draft(String word, LocalDate submissions, LocalDate voting, LocalDate jury) {
        return "{\"title\":\"Concours " + word + "\",\"theme\":\"La ville vue d’en haut\",\"rules\":\"Une photo par "
                + "personne.\",\"submissionsOn\":\"" + submissions + "\",\"votingOn\":\"" + voting + "\",\"juryOn\":\""
                + jury + "\",\"photosPerAccount\":1,\"votesPerAccount\":1,\"prizes\":1}";
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(250, 190, 120), 0, 600, new Color(60, 90, 160)));
        g.fillRect(0, 0, 900, 600);
        g.dispose();
        return image;
    }
}
