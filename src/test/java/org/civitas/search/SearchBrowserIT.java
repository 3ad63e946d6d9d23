package org.civitas.search;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor searches from the header's box of any page, with the keyboard alone, finds a proposal by a word written
 * without its accent, sees the word marked, narrows to comments, and opens the result.
 */
@ExtendWith(Portal.class)
class SearchBrowserIT {

    private final URL base = Portal.base();

    @Test
    void aVisitorSearchesFromTheHeaderAndOpensWhatTheyFound() throws Exception {
        String w = SearchIT.word("zk");
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice " + w);
        String title = "Une fontaine d’eau fraîche place " + w;
        TestProposals.Published proposal = TestProposals.publish(author, title, "culture");
        assertEquals(201, author.sendJson("POST", "api/proposals/" + proposal.id() + "/comments",
                "{\"text\":{\"body\":\"Une eau FRAÎCHE en été compte, " + w + ".\"}}").statusCode());

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(base + "proposals?lang=fr");
            driver.findElement(By.id("site-search-q")).sendKeys("FRAICHE " + w, Keys.ENTER);
            Browser.waitForMain(driver, "2 résultats");
            assertTrue(driver.getCurrentUrl().contains("/search?q="), driver.getCurrentUrl());
            List<String> marked = driver.findElements(By.cssSelector(".search-hit mark")).stream()
                    .map(e -> e.getText().toLowerCase()).toList();
            // The proposal's title, in its result and in its comment's, and the comment's excerpt
            assertEquals(3, marked.stream().filter("fraîche"::equals).count(), "the words found, marked: " + marked);
            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "search?q=fraiche+" + w + "&lang=" + lang);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("search-" + lang + "-" + size[0]);
                }
            }
            browser.resize(1280, 1000);
            driver.get(base + "search?q=fraiche+" + w + "&kind=COMMENT&lang=fr");
            Browser.waitForMain(driver, "1 résultat");
            driver.get(base + "search?q=fraiche+" + w + "&kind=PROPOSAL&lang=fr");
            driver.findElement(By.cssSelector(".search-hit-title a")).click();
            Browser.waitForMain(driver, title);
            assertTrue(driver.getCurrentUrl().contains("/proposals/" + proposal.id()), driver.getCurrentUrl());
        }
    }
}
