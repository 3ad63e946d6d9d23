package org.civitas.sharing;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Atom and RSS feeds parse (with Rome's reader, as a feed reader would), carry the newest proposals (of a theme,
 * for a theme's feed) and official answers with links to them, are announced in pages, and answer 304 to a reader
 * that already has them.
 */
@ExtendWith(Portal.class)
class FeedsIT {

    private final URL base = Portal.base();

    @Test
    void feedsCarryNewProposalsPerThemeAndOfficialAnswers() throws Exception {
        String code = "flux" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/theme?code=" + code + "&name=Flux%20" + code, null).statusCode());
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Flux");
        TestProposals.Published inTheme = TestProposals.publish(author, "Un composteur par quartier " + code, code);
        TestProposals.Published other = TestProposals.publish(author, "Des nichoirs dans les parcs " + code, "environnement");

        HttpResponse<String> atom = get("feeds/proposals.atom", Optional.empty());
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed all = new SyndFeedInput().build(new StringReader(atom.body()));
        assertEquals("atom_1.0", all.getFeedType());
        assertTrue(all.getTitle().startsWith("Nouvelles propositions"), all.getTitle());
        SyndEntry entry = entry(all, inTheme);
        assertEquals("Flux " + code, entry.getCategories().get(0).getName());
        assertTrue(entry.getPublishedDate() != null);
        assertTrue(entry(all, other) != null);
        assertTrue(all.getLinks().stream().anyMatch(l -> "self".equals(l.getRel())), "Atom feeds name themselves");

        SyndFeed theme = new SyndFeedInput().build(new StringReader(get("feeds/themes/" + code + ".rss?lang=en", Optional.empty()).body()));
        assertEquals("rss_2.0", theme.getFeedType());
        assertTrue(theme.getTitle().contains("new proposals"), theme.getTitle());
        assertEquals(1, theme.getEntries().size(), "only the theme's proposal");
        assertEquals("Un composteur par quartier " + code, theme.getEntries().get(0).getTitle());

        PortalClient official = TestProposals.answer(base.toURI(), inTheme.id(), "Un composteur sera installé dans chaque quartier.");
        assertTrue(official != null);
        SyndFeed answers = new SyndFeedInput().build(new StringReader(get("feeds/answers.atom", Optional.empty()).body()));
        SyndEntry answer = answers.getEntries().stream().filter(e -> e.getTitle().contains("Un composteur par quartier " + code))
                .findFirst().orElseThrow(() -> new AssertionError("the answer is in the answers feed"));
        assertTrue(answer.getLink().contains("/" + inTheme.path() + "#answer-"), answer.getLink());
        assertTrue(answer.getTitle().endsWith("Acceptée") || answer.getTitle().contains("Accept"), answer.getTitle());
        assertTrue(answer.getDescription().getValue().contains("Un composteur sera installé"), "the answer's text");

        HttpResponse<String> again = get("feeds/proposals.atom", Optional.empty());
        String etag = again.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("feeds/proposals.atom", Optional.of(etag)).statusCode(), "a reader that has it gets 304");
        assertEquals(404, get("feeds/themes/nope" + code + ".atom", Optional.empty()).statusCode());
        assertEquals(404, get("feeds/proposals.json", Optional.empty()).statusCode());
        assertEquals(404, get("feeds/themes/a.b.atom", Optional.empty()).statusCode());

        String home = author.get("index.xhtml").body();
        assertTrue(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), "pages announce the feeds");
        assertTrue(home.contains("/feeds/proposals.atom") && home.contains("/feeds/answers.atom"));
        assertTrue(author.get("proposals?theme=" + code).body().contains("/feeds/themes/" + code + ".atom"),
                "a theme's list announces the theme's feed");
        assertFalse(author.get("proposals").body().contains("/feeds/themes/"), "but not the whole list");
    }

    private SyndEntry entry(SyndFeed feed, TestProposals.Published proposal) {
        List<SyndEntry> found = feed.getEntries().stream().filter(e -> e.getLink().endsWith("/" + proposal.path())).toList();
        assertEquals(1, found.size(), "the proposal " + proposal.path() + " is in the feed once");
        return found.get(0);
    }

    private HttpResponse<String> get(String path, Optional<String> etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        etag.ifPresent(e -> request.header("If-None-Match", e));
        // HTTP/1.1 as browsers speak it in clear: the JDK client would otherwise try an h2c upgrade.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
