package org.civitas.galleries;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestContests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.Color;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Galleries over real HTTP: a draft shows nowhere (page, API, feed, pixels, open data); published, its photos are on
 * its page, in its API, in its RSS feed with full-size images (enclosure and Media RSS) and in open data; a contest
 * photo taken down by a moderator leaves every one of them at once, and so does a photo taken out; only officials
 * curate.
 */
@ExtendWith(Portal.class)
class GalleriesIT {

    private final URL base = Portal.base();

    @Test
    void aGalleryShowsOnlyOncePublishedAndOnlyWhatIsStillApproved() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élue " + word, "OFFICIAL");
        PortalClient moderator = TestAccounts.signedInWithRole(base.toURI(), "Modération " + word, "MODERATOR");
        PortalClient author = client();
        author.registerNewCitizen("Photographe " + word);
        long contest = TestContests.open(official, word, 1, 1);
        HttpResponse<String> submitted = TestContests.submit(author, "api/contests/" + contest + "/photos",
                Map.of("title", "Pont " + word, "credit", "Photographe " + word, "licence", "CC_BY", "consent", "true"),
                TestContests.png(Color.BLUE));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long photo = TestContests.id(submitted.body());

        assertEquals(403, author.sendJson("POST", "api/galleries", "{\"title\":\"Pirate\",\"published\":true}")
                .statusCode(), "only officials curate");
        assertEquals(422, official.sendJson("POST", "api/galleries", "{\"title\":\"\"}").statusCode());
        HttpResponse<String> created = official.sendJson("POST", "api/galleries",
                "{\"title\":\"Vitrine " + word + "\",\"description\":\"Nos plus belles vues.\",\"published\":false}");
        assertEquals(201, created.statusCode(), created.body());
        long gallery = TestContests.id(created.body());
        assertEquals(404, official.sendJson("POST", "api/galleries/" + gallery + "/items",
                "{\"contestPhotoId\":" + photo + "}").statusCode(), "a photo no moderator approved cannot go in");
        assertEquals(204, moderator.sendJson("POST", "api/contests/photos/" + photo + "/approve", null).statusCode());
        HttpResponse<String> added = official.sendJson("POST", "api/galleries/" + gallery + "/items",
                "{\"contestPhotoId\":" + photo + "}");
        assertEquals(200, added.statusCode(), added.body());
        HttpResponse<String> town = TestContests.submit(official, "api/galleries/" + gallery + "/photos",
                Map.of("title", "Quai " + word, "credit", "Ville", "licence", "TOWN_USE"), TestContests.png(Color.GREEN));
        assertEquals(201, town.statusCode(), town.body());
        String townImage = town.headers().firstValue("Location").orElseThrow();
        Matcher townId = Pattern.compile("/photos/galleries/(\\d+)\\.jpg").matcher(townImage);
        assertTrue(townId.find(), townImage);
        String townPath = "photos/galleries/" + townId.group(1) + ".jpg";

        PortalClient anyone = client();
        assertEquals(404, anyone.get("api/galleries/" + gallery).statusCode(), "a draft's API");
        assertEquals(404, anyone.get("galleries/view.xhtml?id=" + gallery).statusCode(), "a draft's page");
        assertEquals(404, anyone.get("feeds/galleries/" + gallery + ".rss").statusCode(), "a draft's feed");
        assertEquals(404, anyone.sendForBytes(image(townPath)).statusCode(), "a draft's own photos");
        assertEquals(200, official.sendForBytes(image(townPath)).statusCode(), "officials see their draft");
        assertFalse(anyone.get("api/opendata/v1/gallery-photos.csv").body().contains("Quai " + word));
        assertFalse(anyone.get("sitemap.xml").body().contains("/gallery/" + gallery + "<"), "nor in the sitemap");
        assertEquals(404, anyone.get("gallery/" + gallery).statusCode(), "nor at its clean address");

        assertEquals(200, official.sendJson("PUT", "api/galleries/" + gallery,
                "{\"title\":\"Vitrine " + word + "\",\"description\":\"Nos plus belles vues.\",\"published\":true}")
                .statusCode());
        String photos = anyone.get("api/galleries/" + gallery + "/photos").body();
        assertTrue(photos.indexOf("Pont " + word) < photos.indexOf("Quai " + word) && photos.contains("\"total\":2"),
                photos);
        String page = anyone.get("galleries/view.xhtml?id=" + gallery).body();
        assertTrue(page.contains("application/rss+xml") && page.contains("Quai " + word), "its page, with its feed");
        HttpResponse<String> feed = anyone.get("feeds/galleries/" + gallery + ".rss");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        assertTrue(feed.body().contains("<enclosure url=\"" + base.toString().replaceAll("/$", "") + "/photos/contests/"
                + photo + ".jpg\"") || feed.body().contains("/photos/contests/" + photo + ".jpg\" type=\"image/jpeg\""),
                feed.body());
        assertTrue(feed.body().contains("<media:content") && feed.body().contains(townPath), feed.body());
        assertEquals(200, anyone.sendForBytes(image(townPath)).statusCode(), "public once in a published gallery");
        assertTrue(anyone.get("sitemap.xml").body().contains("/gallery/" + gallery + "<"),
                "published, it is in the sitemap");
        assertTrue(anyone.get("gallery/" + gallery).body().contains("Quai " + word), "at its clean address");
        String csv = anyone.get("api/opendata/v1/gallery-photos.csv").body();
        assertTrue(csv.contains("Pont " + word) && csv.contains("Quai " + word), "open data");

        long townItem = item(photos, "Quai " + word);
        assertEquals(204, official.sendJson("POST", "api/galleries/" + gallery + "/items/" + townItem + "/move?by=-1",
                null).statusCode());
        String moved = anyone.get("api/galleries/" + gallery + "/photos").body();
        assertTrue(moved.indexOf("Quai " + word) < moved.indexOf("Pont " + word), "moved up: " + moved);

        assertEquals(204, moderator.sendJson("POST", "api/contests/photos/" + photo + "/reject",
                "{\"reason\":\"Visage reconnaissable\"}").statusCode());
        assertFalse(anyone.get("api/galleries/" + gallery + "/photos").body().contains("Pont " + word),
                "a photo taken down leaves the gallery");
        assertFalse(anyone.get("feeds/galleries/" + gallery + ".rss").body().contains("Pont " + word), "and its feed");
        assertFalse(anyone.get("api/opendata/v1/gallery-photos.csv").body().contains("Pont " + word), "and open data");
        assertTrue(anyone.get("api/galleries/" + gallery + "/photos").body().contains("Quai " + word));

        assertEquals(204, official.sendJson("DELETE", "api/galleries/" + gallery + "/items/" + townItem, null)
                .statusCode());
        assertEquals(404, official.sendJson("DELETE", "api/galleries/" + gallery + "/items/" + townItem, null)
                .statusCode(), "already out");
        assertFalse(anyone.get("api/galleries/" + gallery + "/photos").body().contains("Quai " + word));
        assertEquals(404, anyone.sendForBytes(image(townPath)).statusCode(), "in no published gallery any more");
        assertEquals(200, official.get("review/gallery.xhtml?id=" + gallery).statusCode());
    }

    private static long item(String json, String title) {
        Matcher m = Pattern.compile("\"item\":(\\d+)[^}]*\"title\":\"" + Pattern.quote(title) + "\"").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private HttpRequest image(String path) {
        return HttpRequest.newBuilder(client().resolve(path)).GET().build();
    }

    private PortalClient client() {
        try {
            return new PortalClient(base.toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
