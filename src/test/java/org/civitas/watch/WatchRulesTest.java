package org.civitas.watch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watch's rules that need no server: text from HTML, keywords, one key per address, the backoff. */
class WatchRulesTest {

    @Test
    void htmlBecomesPlainTextWithItsParagraphs() {
        assertEquals("Le marché de la halle\nest ouvert & gratuit <vraiment> « demain »",
                HtmlText.plain("<p>Le marché de la <a href=\"x\">halle</a><br>est ouvert &amp; gratuit "
                        + "&lt;vraiment&gt; &laquo;&nbsp;demain&nbsp;&raquo;</p><script>alert(1)</script>"));
        assertEquals("é’", HtmlText.plain("&#233;&#x2019;"));
        assertEquals("", HtmlText.plain(null));
        assertEquals("&bogus; stays", HtmlText.plain("&bogus; stays"));
    }

    @Test
    void keywordsIgnoreCaseAndAccentsAndNoneKeepsEverything() {
        Found article = new Found("1", "https://a.example/1", null, null, "Travaux à Besançon",
                "Le quai sera fermé.", null);
        assertTrue(Keywords.of("besancon").keeps(article));
        assertTrue(Keywords.of("piscine, QUAI").keeps(article));
        assertFalse(Keywords.of("piscine, vélo").keeps(article));
        assertTrue(Keywords.of(null).keeps(article));
        assertTrue(Keywords.of(" , ").keeps(article));
    }

    @Test
    void oneArticleHasOneKeyWhateverItsCampaignTags() {
        String key = ItemAddress.key("https://journal.example/ville/article-1");
        assertEquals(key, ItemAddress.key("HTTPS://Journal.example/ville/article-1/?utm_source=x&utm_medium=rss#top"));
        assertEquals(key, ItemAddress.key("http://journal.example/ville/article-1"));
        assertNotEquals(key, ItemAddress.key("https://journal.example/ville/article-2"));
        assertEquals(ItemAddress.key("https://a.example/p?id=2&page=1"), ItemAddress.key("https://a.example/p?page=1&id=2"));
        assertTrue(ItemAddress.usable("javascript:alert(1)").isEmpty());
        assertTrue(ItemAddress.usable("https://" + "a".repeat(1000) + ".example").isEmpty());
        assertEquals("https://a.example/x", ItemAddress.usable("https://a.example/x").orElseThrow());
        assertEquals("https://a.example/x?id=3#top", ItemAddress.usable("https://a.example/x?utm_source=rss&id=3#top")
                .orElseThrow(), "campaign tags go, the rest stays");
    }

    @Test
    void aFailingSourceWaitsLongerEachTimeUpToADay() {
        assertEquals(Duration.ofMinutes(15), WatchSource.backoff(15, 1));
        assertEquals(Duration.ofMinutes(30), WatchSource.backoff(15, 2));
        assertEquals(Duration.ofMinutes(120), WatchSource.backoff(15, 4));
        assertEquals(Duration.ofDays(1), WatchSource.backoff(15, 30));
        assertEquals(Duration.ofDays(1), WatchSource.backoff(1440, 1));
    }

    @Test
    void aNetworkThatSaysWaitIsNotAskedBefore() {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        WatchSource source = new WatchSource(WatchKind.FEED, now);
        source.change(new WatchSourceDraft(WatchKind.FEED, "Journal", "https://journal.example/rss", null, null, 15,
                null, true), now);
        source.failed("HTTP 429", now.plus(Duration.ofHours(3)), now);
        assertEquals(now.plus(Duration.ofHours(3)), source.getNextPollAt());
        assertEquals(1, source.getFailures());
        source.failed("HTTP 500", null, now);
        assertEquals(now.plus(Duration.ofMinutes(30)), source.getNextPollAt());
        source.polled(new Harvest(List.of(), null, null, null, now.plus(Duration.ofHours(1))), 0, now);
        assertEquals(0, source.getFailures());
        assertEquals(now.plus(Duration.ofHours(1)), source.getNextPollAt(), "the network's reset, later than 15 min");
        source.polled(Harvest.of(List.of()), 0, now);
        assertEquals(now.plus(Duration.ofMinutes(15)), source.getNextPollAt());
    }
}
