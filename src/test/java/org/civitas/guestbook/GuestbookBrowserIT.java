package org.civitas.guestbook;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident signs the guest book from its page; the message is not on the wall until a moderator publishes it from
 * the moderators' page; then it is, with its own page to share. The pages pass axe in French and English, wide and
 * narrow, without JavaScript needed.
 */
@ExtendWith(Portal.class)
class GuestbookBrowserIT {

    private final URL base = Portal.base();

    @Test
    void aResidentSignsAndAModeratorPublishes() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String text = "Les quais au coucher du soleil " + word + ", un bonheur.";
        String moderatorEmail = PortalClient.uniqueEmail("moderation");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + moderatorEmail
                + "&name=Modo", null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=MODERATOR&email=" + moderatorEmail,
                null).statusCode());
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.register(base, "fr", "Lucie " + word);
            driver.get(base + "guestbook?lang=fr");
            driver.findElement(By.xpath("//label[normalize-space()='ancien habitant ou ancienne habitante']")).click();
            Browser.type(driver, "place", "Marseille");
            Browser.type(driver, "body", text);
            driver.findElement(By.id("signGuestbook")).click();
            Browser.waitForMain(driver, "Votre message paraîtra une fois lu par un modérateur.");
            assertFalse(driver.findElement(By.tagName("main")).getText().contains(word), "not on the wall yet");

            driver.manage().deleteAllCookies();
            browser.signIn(base, "fr", moderatorEmail);
            driver.get(base + "moderation/queue.xhtml?lang=fr");
            driver.findElement(By.id("guestbookModeration")).click();
            Browser.waitForMain(driver, text);
            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "moderation/guestbook.xhtml?lang=" + lang);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("guestbook/moderation-" + lang + "-" + size[0]);
                }
            }
            browser.resize(1280, 1100);
            driver.get(base + "moderation/guestbook.xhtml?lang=fr");
            WebElement item = driver.findElement(By.xpath("//li[contains(., '" + word + "')]"));
            item.findElement(By.cssSelector("input[type=submit][value='Publier']")).click();
            Browser.waitForMain(driver, "Le message est publié.");

            driver.manage().deleteAllCookies();
            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "guestbook?lang=" + lang);
                    assertTrue(driver.findElement(By.tagName("main")).getText().contains(word), "on the wall");
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("guestbook/wall-" + lang + "-" + size[0]);
                }
            }
            driver.findElement(By.xpath("//li[contains(., '" + word + "')]//a[contains(@href, 'message.xhtml')]")).click();
            Browser.waitForMain(driver, text);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Marseille"));
            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(driver.getCurrentUrl().replaceAll("&lang=\\w+", "") + "&lang=" + lang);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("guestbook/message-" + lang + "-" + size[0]);
                }
            }
        }
    }
}
