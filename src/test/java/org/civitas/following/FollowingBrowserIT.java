package org.civitas.following;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident follows a proposal from its page and a theme from the filtered list, finds both in "What I follow", and
 * unfollows there, in one click each, with JavaScript off as on; the pages pass axe, in French and English, on a wide
 * and a narrow screen.
 */
@ExtendWith(Portal.class)
class FollowingBrowserIT {

    private final URL base = Portal.base();

    @Test
    void aResidentFollowsAProposalAndAThemeThenUnfollowsFromTheirAccount() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice " + word);
        String title = "Des arceaux vélo rue des écoles " + word;
        TestProposals.Published proposal = TestProposals.publish(author, title, "culture");
        String email = PortalClient.uniqueEmail("follower");
        assertEquals(204, new PortalClient(base.toURI()).sendJson("POST", "api/test-fixtures/citizen?email=" + email
                + "&name=Sacha", null).statusCode());

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            // A visitor is offered to sign in, not a button that cannot work
            driver.get(base + proposal.path());
            assertTrue(driver.findElements(By.id("followProposalButton")).isEmpty());
            assertFalse(driver.findElements(By.cssSelector(".follow-card .follow-hint a")).isEmpty());

            browser.signIn(base, "fr", email);
            driver.get(base + proposal.path());
            driver.findElement(By.id("followProposalButton")).click();
            Browser.waitForMain(driver, "C’est suivi");
            assertEquals("Ne plus suivre", driver.findElement(By.id("followProposalButton")).getAttribute("value"));
            assertTrue(driver.findElement(By.cssSelector(".follow-card")).getText().contains("Vous suivez cette proposition"));
            // Following the author is offered beside it
            assertTrue(driver.findElement(By.id("followAuthorButton")).getAttribute("value").contains("Autrice " + word));

            driver.get(base + "proposals?theme=culture");
            driver.findElement(By.id("followThemeButton")).click();
            Browser.waitForMain(driver, "C’est suivi");
            assertTrue(driver.getCurrentUrl().contains("theme=culture"), driver.getCurrentUrl());

            driver.get(base + "account/index.xhtml");
            driver.findElement(By.linkText("Ce que je suis")).click();
            Browser.waitForMain(driver, title);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Culture"));

            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    for (String[] page : List.of(new String[]{proposal.path(), "proposal"},
                            new String[]{"proposals?theme=culture", "list"},
                            new String[]{"account/following.xhtml", "account"})) {
                        driver.get(base + page[0] + (page[0].contains("?") ? "&" : "?") + "lang=" + lang);
                        browser.assertAccessible();
                        Browser.assertNoSidewaysScroll(driver);
                        browser.screenshot("following-" + page[1] + "-" + lang + "-" + size[0]);
                    }
                }
            }

            // Unfollowing in one click, on the account page, in English now
            browser.resize(1280, 1000);
            driver.get(base + "account/following.xhtml?lang=en");
            int before = driver.findElements(By.cssSelector(".follow-item")).size();
            assertEquals(2, before);
            driver.findElements(By.cssSelector(".follow-item input[type=submit]")).get(0).click();
            Browser.waitForMain(driver, "You no longer follow it");
            assertEquals(1, driver.findElements(By.cssSelector(".follow-item")).size());
        }
    }
}
