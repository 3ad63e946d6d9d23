package org.civitas.sharing;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Link previews: the proposal page's Open Graph and Twitter Card tags, and the 1200 × 630 card drawn for a
 * proposal without a photo, drawn again when the proposal changes.
 */
@ExtendWith(Portal.class)
class LinkPreviewIT {

    private final URL base = Portal.base();

    private static Map<String, String> metaTags(String html) {
        Map<String, String> tags = new HashMap<>();
        Matcher m = Pattern.compile("<meta (?:property|name)=\"([^\"]+)\" content=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            tags.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\""));
        }
        return tags;
    }

    @Test
    void aProposalPageDescribesItselfAndItsCardFollowsItsChanges() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Aperçu");
        TestProposals.Published proposal = TestProposals.publish(author, "Des bancs à l'ombre place du Marché", "urbanisme");

        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> page = visitor.get(proposal.path());
        assertEquals(200, page.statusCode());
        Map<String, String> tags = metaTags(page.body());
        assertEquals("Des bancs à l'ombre place du Marché", tags.get("og:title"));
        assertEquals("Un résumé clair de l'idée.", tags.get("og:description"));
        assertEquals("article", tags.get("og:type"));
        assertEquals("fr_FR", tags.get("og:locale"));
        assertTrue(tags.get("og:url").endsWith("/" + proposal.path()), tags.get("og:url"));
        assertTrue(tags.get("og:url").startsWith("http"), "absolute: " + tags.get("og:url"));
        assertTrue(tags.get("og:image").endsWith("/cards/" + proposal.id() + ".png"), tags.get("og:image"));
        assertEquals("1200", tags.get("og:image:width"));
        assertEquals("630", tags.get("og:image:height"));
        assertFalse(tags.get("og:image:alt").isBlank());
        assertEquals("summary_large_image", tags.get("twitter:card"));
        assertEquals(tags.get("og:image"), tags.get("twitter:image"));
        assertTrue(page.body().contains("<link rel=\"canonical\" href=\"" + tags.get("og:url") + "\""));

        HttpResponse<byte[]> card = visitor.sendForBytes(HttpRequest.newBuilder(URI.create(tags.get("og:image"))).build());
        assertEquals(200, card.statusCode());
        assertEquals("image/png", card.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.body()));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        String etag = card.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, visitor.sendForBytes(HttpRequest.newBuilder(URI.create(tags.get("og:image")))
                .header("If-None-Match", etag).build()).statusCode());

        assertEquals(200, author.sendJson("PUT", "api/proposals/" + proposal.id(),
                TestProposals.json("Des bancs et des arbres place du Marché", "urbanisme", null)).statusCode());
        HttpResponse<byte[]> redrawn = visitor.sendForBytes(HttpRequest.newBuilder(URI.create(tags.get("og:image"))).build());
        assertNotEquals(etag, redrawn.headers().firstValue("ETag").orElseThrow(), "a new version, a new card");
        assertFalse(Arrays.equals(card.body(), redrawn.body()), "the new title is drawn");
        assertEquals(404, visitor.get("cards/999999999.png").statusCode());
    }
}
