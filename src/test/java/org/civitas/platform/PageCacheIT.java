package org.civitas.platform;

import org.civitas.testing.AllAtOnce;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages an anonymous visitor only reads are kept and served again (#18), with validators and a cache lifetime,
 * and never to the wrong person: what a signed-in citizen is shown is neither kept nor served to anyone else, and a
 * kept page is never what a signed-in citizen is served. A change is seen at once on the server that made it.
 */
@ExtendWith(Portal.class)
class PageCacheIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final URI base = Portal.base().toURI();

    PageCacheIT() throws Exception {
    }

    /** The page's script nonce, as its policy names it (a new one at each render). */
    private static String nonce(HttpResponse<String> page) {
        Matcher m = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find(), "a Faces page's policy carries its script nonce");
        return m.group(1);
    }

    private HttpResponse<String> get(PortalClient client, String path, String header, String value) {
        return client.send(HttpRequest.newBuilder(client.resolve(path)).header(header, value).GET().build());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void aVisitorsPageIsServedAgainWithValidatorsAndWithoutCookie() {
        PortalClient author = new PortalClient(base);
        author.registerNewCitizen("Autrice Cache Visiteurs");
        String path = TestProposals.publish(author, "Un kiosque à livres au square", "culture").path();

        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> first = visitor.get(path);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("Un kiosque à livres au square"));
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "a visitor who only reads gets no cookie");
        String etag = header(first, "ETag");
        assertTrue(etag != null && etag.matches("\"[A-Za-z0-9_-]+\""), "a strong validator: " + etag);
        assertTrue(header(first, "Last-Modified") != null);
        assertTrue(header(first, "Cache-Control").matches("public, max-age=\\d+"), header(first, "Cache-Control"));
        assertTrue(first.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Cookie")),
                "a shared cache keeps apart what visitors with a cookie are shown");
        assertTrue(first.body().contains("nonce=\"" + nonce(first) + "\""), "the page's scripts carry its policy's nonce");

        // Served again, not rendered again: a render has a new nonce
        HttpResponse<String> again = new PortalClient(base).get(path);
        assertEquals(first.body(), again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals(header(first, "Content-Security-Policy"), header(again, "Content-Security-Policy"));

        HttpResponse<String> unchanged = get(new PortalClient(base), path, "If-None-Match", "\"other\", " + etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        assertEquals(null, header(unchanged, "Content-Security-Policy"),
                "a 304 leaves the browser's copy with its own policy (its nonce may come from an earlier render)");
        assertEquals(304, get(new PortalClient(base), path, "If-Modified-Since", header(first, "Last-Modified")).statusCode());
        assertEquals(200, get(new PortalClient(base), path, "If-None-Match", "\"stale\"").statusCode());

        // The list and the home page too
        for (String page : new String[] {"proposals", ""}) {
            HttpResponse<String> one = new PortalClient(base).get(page);
            HttpResponse<String> two = new PortalClient(base).get(page);
            assertEquals(200, one.statusCode(), page);
            assertEquals(nonce(one), nonce(two), "/" + page + " served again");
            assertTrue(header(one, "ETag") != null, page);
        }
    }

    @Test
    void aSignedInCitizensPageIsNeverKeptNorServedToSomeoneElse() {
        PortalClient author = new PortalClient(base);
        author.registerNewCitizen("Auteur Cache Personnel");
        String path = TestProposals.publish(author, "Des bancs le long du canal", "environnement").path();

        // A visitor first: the page is kept
        HttpResponse<String> visitors = new PortalClient(base).get(path);
        assertFalse(visitors.body().contains("id=\"signOutForm\""), "no one is signed in on a visitor's page");

        // The signed-in author is not served the kept page, and their page is neither kept nor cacheable
        HttpResponse<String> own = author.get(path);
        assertEquals(200, own.statusCode());
        assertNotEquals(nonce(visitors), nonce(own));
        assertTrue(own.body().contains("id=\"signOutForm\""), "the signed-in header");
        assertEquals("no-store", header(own, "Cache-Control"));
        assertEquals(null, header(own, "ETag"));

        // Nor is anyone served the author's page afterwards
        HttpResponse<String> later = new PortalClient(base).get(path);
        assertEquals(nonce(visitors), nonce(later));
        assertFalse(later.body().contains("id=\"signOutForm\""));

        // A visitor holding a session (not signed in) is neither served a kept page nor has theirs kept
        PortalClient withSession = new PortalClient(base);
        withSession.get("register");
        assertTrue(withSession.cookieNames().stream().anyMatch(n -> n.toLowerCase().contains("session")),
                "a form's page starts a session: " + withSession.cookieNames());
        HttpResponse<String> sessionPage = withSession.get(path);
        assertNotEquals(nonce(visitors), nonce(sessionPage));
        assertEquals(null, header(sessionPage, "ETag"));

        // A program with a token is not a visitor either
        HttpResponse<String> token = get(new PortalClient(base), path, "Authorization", "Bearer cvt_not_a_token");
        if (token.statusCode() == 200) {
            assertNotEquals(nonce(visitors), nonce(token));
            assertEquals(null, header(token, "ETag"));
        } else {
            assertEquals(401, token.statusCode(), "a wrong token is refused, not answered with the kept page");
        }
    }

    @Test
    void aCrowdArrivingAfterAWriteCostsOneRender() throws Exception {
        PortalClient author = new PortalClient(base);
        author.registerNewCitizen("Auteur Cache Foule");
        TestProposals.Published proposal = TestProposals.publish(author, "Un kiosque à musique au parc", "culture");
        new PortalClient(base).get(proposal.path());
        for (int round = 0; round < 3; round++) {
            // A write empties the cache; twelve visitors then ask at once: one renders, the others wait for its page
            assertEquals(201, author.sendJson("POST", "api/proposals/" + proposal.id() + "/comments",
                    "{\"text\":{\"body\":\"Encore un commentaire, le " + round + "\"}}").statusCode());
            List<String> nonces = AllAtOnce.run(12, i -> () -> nonce(new PortalClient(base).get(proposal.path())));
            assertEquals(1, new HashSet<>(nonces).size(), "one render for the crowd: " + nonces);
        }
    }

    @Test
    void aChangeIsSeenAtOnceAndEachLanguageHasItsOwnPage() {
        PortalClient author = new PortalClient(base);
        author.registerNewCitizen("Autrice Cache Changements");
        TestProposals.Published proposal = TestProposals.publish(author, "Une fontaine place du marché", "culture");

        HttpResponse<String> before = new PortalClient(base).get(proposal.path());
        assertFalse(before.body().contains("Un commentaire tout neuf sur la fontaine"));
        assertEquals(201, author.sendJson("POST", "api/proposals/" + proposal.id() + "/comments",
                "{\"text\":{\"body\":\"Un commentaire tout neuf sur la fontaine\"}}").statusCode());
        HttpResponse<String> after = new PortalClient(base).get(proposal.path());
        assertTrue(after.body().contains("Un commentaire tout neuf sur la fontaine"), "the comment shows at once");
        assertNotEquals(header(before, "ETag"), header(after, "ETag"));

        // A proposal published leaves no visitor with the list before it
        String title = "Un abri pour les vélos du marché " + (System.nanoTime() % 1_000_000);
        HttpResponse<String> list = new PortalClient(base).get("proposals");
        assertFalse(list.body().contains(title));
        assertEquals(nonce(list), nonce(new PortalClient(base).get("proposals")), "the list is kept");
        TestProposals.publish(author, title, "culture");
        assertTrue(new PortalClient(base).get("proposals").body().contains(title),
                "a new proposal is in the list at once");

        // Each language is kept apart
        PortalClient english = new PortalClient(base);
        english.follow(english.get("proposals?lang=en"));
        HttpResponse<String> en = english.get("proposals");
        HttpResponse<String> fr = new PortalClient(base).get("proposals");
        assertTrue(en.body().contains("lang=\"en\""), "English for the visitor who chose it");
        assertTrue(fr.body().contains("lang=\"fr\""), "French for the others");
        assertNotEquals(header(en, "ETag"), header(fr, "ETag"));
    }
}
