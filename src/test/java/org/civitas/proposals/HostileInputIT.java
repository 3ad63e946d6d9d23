package org.civitas.proposals;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input on the citizen's loop: script tags, event handlers, javascript: links, SQL fragments, 100 KB
 * strings, malformed UTF-8 and right-to-left overrides are stored as text or refused with a message; never
 * executed, never a 500, never a stack trace.
 */
@ExtendWith(Portal.class)
class HostileInputIT {

    private static final Pattern STACK = Pattern.compile("\\bat (java|jakarta|org|com)\\.[a-z]+\\.[A-Za-z.$]+\\(");


    private final URL base = Portal.base();

    private static void clean(HttpResponse<String> response, int expected) {
        assertEquals(expected, response.statusCode(), response.body());
        assertFalse(STACK.matcher(response.body()).find(), response.body());
    }

    private static String proposal(String title, String summary, String body) {
        return "{\"title\":\"" + title + "\",\"summary\":\"" + summary + "\",\"body\":\"" + body
                + "\",\"themeCode\":\"culture\"}";
    }

    @Test
    void markupAndScriptsAreStoredAsTextAndShownEscaped() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Hostile");
        String title = "<script>alert(1)</script> \\\" onmouseover=\\\"alert(2)";
        HttpResponse<String> created = author.sendJson("POST", "api/proposals", proposal(title,
                "'; DROP TABLE proposal; -- <img src=x onerror=alert(3)>",
                "Un lien javascript:alert(4) et <a href=\\\"javascript:alert(5)\\\">clic</a>.\\n\\nhttps://example.org/ok"));
        clean(created, 201);
        long id = TestProposals.number(created.body(), "id");
        clean(author.sendJson("POST", "api/proposals/" + id + "/publish", null), 200);

        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> page = visitor.follow(visitor.get("proposals/" + id));
        clean(page, 200);
        String html = page.body();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
        assertFalse(html.contains("<script>alert(1)"));
        assertFalse(html.contains("onerror=alert(3)>"), "no live markup from the summary");
        assertTrue(html.contains("DROP TABLE proposal"), "SQL is just text");
        assertFalse(Pattern.compile("href=\"javascript:", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "only http(s) addresses become links");
        assertTrue(html.contains("href=\"https://example.org/ok\""));

        clean(visitor.get("api/proposals?q=" + URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8)), 200);
        clean(visitor.follow(visitor.get("proposals?q=" + URLEncoder.encode("'); DELETE FROM vote; --%_\\",
                StandardCharsets.UTF_8))), 200);
    }

    @Test
    void hugeInvisibleAndMalformedInputIsRefusedWithAMessage() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Excessif");
        String huge = "x".repeat(100_000);
        clean(author.sendJson("POST", "api/proposals", proposal("Un titre normal ici", "Résumé.", huge)), 422);
        clean(author.sendJson("POST", "api/proposals", proposal(huge, "Résumé.", "Corps.")), 422);
        clean(author.sendJson("POST", "api/proposals", proposal("Titre \u202Eesrever\u202C caché", "Résumé.",
                "Corps.")), 422);
        long id = TestProposals.publish(author, "Une proposition à commenter", "culture").id();
        clean(author.sendJson("POST", "api/proposals/" + id + "/comments",
                "{\"text\":{\"body\":\"" + huge + "\"}}"), 422);

        byte[] malformed = "{\"title\":\"Titre \u00e9 \",\"summary\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        malformed[10] = (byte) 0xC3;
        malformed[11] = (byte) 0x28; // an invalid two-byte sequence
        HttpResponse<String> bad = author.send(HttpRequest.newBuilder(author.resolve("api/proposals"))
                .header("Origin", author.origin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(malformed)).build());
        assertTrue(bad.statusCode() == 400 || bad.statusCode() == 422, bad.statusCode() + " " + bad.body());
        assertFalse(STACK.matcher(bad.body()).find(), bad.body());

        HttpResponse<String> form = author.send(HttpRequest.newBuilder(author.resolve("proposal/edit.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=%C3%28%FF%FE&summary=" + "y".repeat(20_000)))
                .build());
        assertTrue(form.statusCode() < 500, form.statusCode() + " " + form.body());
        assertFalse(STACK.matcher(form.body()).find(), form.body());
    }
}
