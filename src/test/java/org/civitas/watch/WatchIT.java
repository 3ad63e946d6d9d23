package org.civitas.watch;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watch's adapters against WireMock stand-ins for Mastodon, Bluesky and a newspaper's feed over real HTTP: what
 * each brings lands once (a second poll, another source with the same address, campaign tags), a feed is asked
 * conditionally and narrowed by keywords, a token is sent and never shown; a network that says to wait is left alone
 * until then, and one that fails or answers nonsense waits longer, with no server error. Then the team triages,
 * assigns and turns an item into a proposal that keeps the source's link, once.
 */
@ExtendWith(Portal.class)
class WatchIT {

    private final URL base = Portal.base();

    private WireMockServer networks;
    private String word;
    private String stub;

    @BeforeEach
    void startNetworks() {
        networks = new WireMockServer(options().port(Portal.wireMockPort()).bindAddress("127.0.0.1"));
        networks.start();
        word = UUID.randomUUID().toString().substring(0, 8);
        stub = "http://127.0.0.1:" + Portal.wireMockPort() + "/watch-" + word;
    }

    @AfterEach
    void stopNetworks() {
        if (networks != null) {
            networks.stop();
        }
    }

    @Test
    void eachAdapterBringsItsItemsOnce() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String tagPath = "/watch-" + word + "/mastodon/api/v1/timelines/tag/VieuxBourg";
        networks.stubFor(get(urlPathEqualTo(tagPath)).withQueryParam("since_id", absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("X-RateLimit-Remaining", "250").withBody("[" + status("1002", "camille",
                                "<p>Des arceaux vélo devant la médiathèque&nbsp;? " + word + "</p>", null) + ","
                                + status("1001", "lucas", "<p>Le marché du samedi " + word + "</p>", null) + ","
                                + status("1003", "nadia", "", status("1001", "lucas", "<p>Le marché du samedi "
                                + word + "</p>", null)) + "]")));
        networks.stubFor(get(urlPathEqualTo(tagPath)).withQueryParam("since_id", equalTo("1003"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/mastodon/api/v2/search"))
                .withQueryParam("type", equalTo("statuses")).withHeader("Authorization", equalTo("Bearer token-" + word))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"statuses\":["
                        + status("1001", "lucas", "<p>Le marché du samedi " + word + "</p>", null) + ","
                        + status("1010", "jeanne", "<p>La mairie et les bancs du quai " + word + "</p>", null)
                        + "],\"accounts\":[],\"hashtags\":[]}")));
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/bsky/xrpc/app.bsky.feed.searchPosts"))
                .withQueryParam("sort", equalTo("latest"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"posts\":["
                        + post("3kaaa", "quartier-" + word + ".example", "Le parvis de la gare " + word) + ","
                        + post("3kbbb", "nadia-" + word + ".example", "Des bancs sur le quai " + word) + "],\"cursor\":\"x\"}")));
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/feed.xml")).withHeader("If-None-Match", absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withHeader("ETag", "\"v1\"")
                        .withBody(rss())));
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/feed.xml")).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));

        long tag = addSource(admin, "MASTODON_TAG", stub + "/mastodon", "#VieuxBourg", null, null);
        long search = addSource(admin, "MASTODON_SEARCH", stub + "/mastodon", "marché " + word, null, "token-" + word);
        long bluesky = addSource(admin, "BLUESKY_SEARCH", stub + "/bsky", "quai " + word, null, null);
        long feed = addSource(admin, "FEED", stub + "/feed.xml", null, "quai, Halle", null);

        assertEquals(2, polled(admin, tag), "the boost is its original, found once");
        assertEquals(0, polled(admin, tag), "the second poll starts after the newest seen");
        networks.verify(getRequestedFor(urlPathEqualTo(tagPath)).withQueryParam("since_id", equalTo("1003")));
        assertEquals(1, polled(admin, search), "the status already found by the hashtag is not kept again");
        assertEquals(2, polled(admin, bluesky));
        assertEquals(2, polled(admin, feed), "the keywords keep two articles of three, once despite campaign tags");
        assertEquals(0, polled(admin, feed), "a feed that has not changed answers 304");

        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élue veille " + word, "OFFICIAL");
        JsonObject tagItems = json(official.get("api/watch/items?state=all&source=" + tag));
        assertEquals(2, tagItems.getInt("total"));
        JsonObject camille = find(tagItems.getJsonArray("items"), "arceaux");
        assertEquals("Des arceaux vélo devant la médiathèque ? " + word, camille.getString("body"), "plain text");
        assertEquals("https://m-" + word + ".example/@camille/1002", camille.getString("url"));
        assertEquals("Camille (@camille)", camille.getString("author"));
        assertEquals("NEW", camille.getString("state"));
        JsonObject feedItems = json(official.get("api/watch/items?source=" + feed));
        assertEquals(2, feedItems.getInt("total"));
        assertNotNull(find(feedItems.getJsonArray("items"), "Travaux du quai"));
        assertEquals(2, json(official.get("api/watch/items?source=" + bluesky)).getInt("total"));
        String blueskyUrl = json(official.get("api/watch/items?source=" + bluesky)).getJsonArray("items")
                .getJsonObject(0).getString("url");
        assertTrue(blueskyUrl.matches("https://bsky\\.app/profile/[a-z0-9.-]+/post/3k(aaa|bbb)"), blueskyUrl);

        String sources = admin.get("api/watch/sources").body();
        assertFalse(sources.contains("token-" + word), "a token is never shown");
        JsonObject searchSource = find(Json.createReader(new StringReader(sources)).readArray(), "marché " + word);
        assertTrue(searchSource.getBoolean("tokenSet"));
        assertEquals(400, official.get("api/watch/items?state=bogus").statusCode());
        assertEquals(403, official.sendJson("POST", "api/watch/sources/" + tag + "/poll", null).statusCode(),
                "only administrators poll by hand");
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Curieux " + word);
        assertEquals(403, citizen.get("api/watch/items").statusCode(), "the inbox is not public");

        HttpResponse<String> removed = admin.sendJson("DELETE", "api/watch/sources/" + feed, null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(2, json(removed).getInt("items"));
        assertEquals(0, json(official.get("api/watch/items?state=all&source=" + feed)).getInt("total"),
                "its items went with it");
    }

    @Test
    void aNetworkThatSaysWaitOrFailsIsLeftAloneLonger() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/busy/api/v1/timelines/tag/Ville"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7200").withBody("Too many requests")));
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/spent/xrpc/app.bsky.feed.searchPosts"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("RateLimit-Remaining", "0")
                        .withHeader("RateLimit-Reset", Long.toString(Instant.now().plus(Duration.ofHours(5)).getEpochSecond()))
                        .withBody("{\"posts\":[]}")));
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/broken.xml"))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<html>not a feed")));
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/down/api/v2/search"))
                .willReturn(aResponse().withStatus(503)));

        long busy = addSource(admin, "MASTODON_TAG", stub + "/busy", "Ville", null, null);
        Instant before = Instant.now();
        JsonObject first = json(admin.sendJson("POST", "api/watch/sources/" + busy + "/poll", null));
        assertTrue(first.getString("error").startsWith("HTTP 429"), first.toString());
        JsonObject source = source(admin, busy);
        assertEquals(1, source.getInt("failures"));
        assertTrue(Instant.parse(source.getString("nextPollAt")).isAfter(before.plus(Duration.ofMinutes(119))),
                "Retry-After is honoured: " + source);

        long spent = addSource(admin, "BLUESKY_SEARCH", stub + "/spent", "ville", null, null);
        assertEquals(0, polled(admin, spent));
        assertTrue(Instant.parse(source(admin, spent).getString("nextPollAt"))
                .isAfter(before.plus(Duration.ofMinutes(299))), "a spent allowance waits for its reset");

        long broken = addSource(admin, "FEED", stub + "/broken.xml", null, null, null);
        JsonObject notFeed = json(admin.sendJson("POST", "api/watch/sources/" + broken + "/poll", null));
        assertTrue(notFeed.getString("error").startsWith("Not an RSS or Atom feed"), notFeed.toString());
        json(admin.sendJson("POST", "api/watch/sources/" + broken + "/poll", null));
        JsonObject twice = source(admin, broken);
        assertEquals(2, twice.getInt("failures"));
        assertTrue(Instant.parse(twice.getString("nextPollAt")).isAfter(Instant.now().plus(Duration.ofMinutes(29))),
                "the second failure in a row waits twice the interval: " + twice);

        long down = addSource(admin, "MASTODON_SEARCH", stub + "/down", "ville", null, null);
        JsonObject unavailable = json(admin.sendJson("POST", "api/watch/sources/" + down + "/poll", null));
        assertTrue(unavailable.getString("error").startsWith("HTTP 503"), unavailable.toString());
        long nowhere = addSource(admin, "FEED", "http://127.0.0.1:1/nothing.xml", null, null, null);
        JsonObject noAnswer = json(admin.sendJson("POST", "api/watch/sources/" + nowhere + "/poll", null));
        assertTrue(noAnswer.getString("error").startsWith("No answer"), noAnswer.toString());

        // A source in use whose poll is due is what the timer takes (the query it runs every 5 minutes)
        String active = "{\"kind\":\"FEED\",\"label\":\"Actif " + word + "\",\"baseUrl\":\"" + stub
                + "/broken.xml\",\"intervalMinutes\":15,\"active\":true}";
        long inUse = json(admin.sendJson("POST", "api/watch/sources", active)).getJsonNumber("id").longValue();
        String due = new PortalClient(base.toURI()).get("api/test-fixtures/watch/due").body();
        assertTrue(due.matches(".*\\b" + inUse + "\\b.*"), due);
        assertFalse(due.matches(".*\\b" + broken + "\\b.*"), "a paused source is not due: " + due);
        assertEquals(200, admin.sendJson("PUT", "api/watch/sources/" + inUse, active.replace("\"active\":true",
                "\"active\":false")).statusCode());

        HttpResponse<String> noQuery = admin.sendJson("POST", "api/watch/sources", "{\"kind\":\"MASTODON_TAG\","
                + "\"label\":\"Sans tag\",\"baseUrl\":\"https://mastodon.example\",\"intervalMinutes\":15}");
        assertEquals(422, noQuery.statusCode(), noQuery.body());
        HttpResponse<String> badUrl = admin.sendJson("POST", "api/watch/sources", "{\"kind\":\"FEED\","
                + "\"label\":\"Journal\",\"baseUrl\":\"ftp://journal.example/rss\",\"intervalMinutes\":15}");
        assertEquals(422, badUrl.statusCode(), badUrl.body());
        HttpResponse<String> tooOften = admin.sendJson("POST", "api/watch/sources", "{\"kind\":\"FEED\","
                + "\"label\":\"Journal\",\"baseUrl\":\"https://journal.example/rss\",\"intervalMinutes\":1}");
        assertEquals(422, tooOften.statusCode(), tooOften.body());
        assertEquals(404, admin.sendJson("POST", "api/watch/sources/999999999/poll", null).statusCode());
    }

    @Test
    void theTeamTriagesAssignsAndTurnsAnItemIntoAProposalOnce() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/journal.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml").withBody(rss())));
        long feed = addSource(admin, "FEED", stub + "/journal.xml", null, null, null);
        assertEquals(3, polled(admin, feed));

        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élue tri " + word, "OFFICIAL");
        long me = json(official.get("api/me")).getJsonNumber("id").longValue();
        JsonObject item = find(json(official.get("api/watch/items?source=" + feed)).getJsonArray("items"), "halle");
        long id = item.getJsonNumber("id").longValue();

        HttpResponse<String> seen = official.sendJson("PUT", "api/watch/items/" + id + "/state", "{\"state\":\"SEEN\"}");
        assertEquals(200, seen.statusCode(), seen.body());
        assertEquals("SEEN", json(seen).getString("state"));
        assertEquals(422, official.sendJson("PUT", "api/watch/items/" + id + "/state", "{\"state\":\"PROPOSAL\"}")
                .statusCode());
        assertEquals(400, official.sendJson("PUT", "api/watch/items/" + id + "/state", "{\"state\":\"LOST\"}")
                .statusCode());
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Habitant " + word);
        long citizenId = json(citizen.get("api/me")).getJsonNumber("id").longValue();
        assertEquals(422, official.sendJson("PUT", "api/watch/items/" + id + "/assignee",
                "{\"accountId\":" + citizenId + "}").statusCode(), "only an official is given an item");
        HttpResponse<String> assigned = official.sendJson("PUT", "api/watch/items/" + id + "/assignee",
                "{\"accountId\":" + me + "}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(1, json(official.get("api/watch/items?assigned=mine&source=" + feed)).getInt("total"));
        assertEquals(2, json(official.get("api/watch/items?assigned=none&source=" + feed)).getInt("total"));

        String draft = "{\"title\":\"Fêter les cent ans de la halle " + word + "\",\"summary\":\"Une semaine de fête.\","
                + "\"body\":\"Comme le propose le journal.\",\"themeCode\":\"culture\"}";
        HttpResponse<String> proposed = official.sendJson("POST", "api/watch/items/" + id + "/proposal", draft);
        assertEquals(201, proposed.statusCode(), proposed.body());
        long proposal = json(proposed).getJsonNumber("proposalId").longValue();
        assertEquals(409, official.sendJson("POST", "api/watch/items/" + id + "/proposal", draft).statusCode(),
                "an item becomes a proposal once");
        JsonObject after = json(official.get("api/watch/items/" + id));
        assertEquals("PROPOSAL", after.getString("state"));
        assertEquals(proposal, after.getJsonNumber("proposalId").longValue());
        assertEquals(409, official.sendJson("PUT", "api/watch/items/" + id + "/state", "{\"state\":\"NEW\"}")
                .statusCode());
        String edit = official.get("proposal/edit.xhtml?id=" + proposal).body();
        assertTrue(edit.contains("https://journal.example/ville/la-halle-a-cent-ans-" + word), "the proposal keeps the link");
        String audit = admin.get("admin/audit.xhtml?action=WATCH_ITEM_PROPOSAL").body();
        assertTrue(audit.contains("proposal " + proposal), "the audit log has it");
    }

    @Test
    void theTeamWorksTheInboxInTheBrowserWithoutScript() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        networks.stubFor(get(urlPathEqualTo("/watch-" + word + "/local.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml").withBody(rss())));
        long feed = addSource(admin, "FEED", stub + "/local.xml", null, null, null);
        assertEquals(3, polled(admin, feed));
        String email = PortalClient.uniqueEmail("veille");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + email + "&name=Élise+" + word,
                null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + email, null)
                .statusCode());

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", TestAccounts.ADMIN_EMAIL);
            checkPages(browser, "admin/watch.xhtml", "sources");
            checkPages(browser, "admin/watch.xhtml?id=" + feed, "source");
            driver.get(base + "admin/watch.xhtml?lang=fr");
            driver.findElement(By.cssSelector("#source-" + feed + " input[type=submit]")).click();
            Browser.waitForMain(driver, "Source interrogée : rien de nouveau.");

            driver.manage().deleteAllCookies();
            browser.signIn(base, "fr", email);
            driver.get(base + "review/watch.xhtml?lang=fr&source=" + feed);
            Browser.waitForMain(driver, "3 éléments");
            WebElement item = driver.findElement(By.xpath("//li[contains(@class, 'watch-item')][contains(., 'La halle a cent ans "
                    + word + "')]"));
            item.findElement(By.cssSelector("input[type=submit][value='Vu']")).click();
            Browser.waitForMain(driver, "Marqué vu.");
            item = driver.findElement(By.xpath("//li[contains(@class, 'watch-item')][contains(., 'La halle a cent ans "
                    + word + "')]"));
            assertTrue(item.getText().contains("Vu"), "the row shows its new state");
            assertTrue(driver.getCurrentUrl().contains("source=" + feed), "the filter stays: " + driver.getCurrentUrl());
            checkPages(browser, "review/watch.xhtml?source=" + feed, "inbox");
            driver.get(base + "review/watch.xhtml?lang=fr&source=" + feed);
            driver.findElement(By.linkText("La halle a cent ans " + word)).click();
            Browser.waitForMain(driver, "Une semaine de fête au printemps.");
            String itemPage = driver.getCurrentUrl().replace(base.toString(), "").replaceAll("[?&]lang=\\w+", "");
            new Select(driver.findElement(By.id("assignee"))).selectByVisibleText("Élise " + word);
            driver.findElement(By.id("assign")).click();
            Browser.waitForMain(driver, "Élément confié.");
            Browser.waitForMain(driver, "Confié à Élise " + word);
            checkPages(browser, itemPage, "item");
            driver.get(base + itemPage + "&lang=fr");
            new Select(driver.findElement(By.id("themeCode"))).selectByValue("culture");
            driver.findElement(By.id("propose")).click();
            Browser.waitForMain(driver, "Brouillon créé à partir de la veille");
            assertTrue(driver.getCurrentUrl().contains("proposal/edit.xhtml"), driver.getCurrentUrl());
            assertTrue(driver.findElement(By.id("body")).getAttribute("value")
                    .endsWith("https://journal.example/ville/la-halle-a-cent-ans-" + word), "the source's link ends the text");
            driver.get(base + itemPage + "&lang=fr");
            Browser.waitForMain(driver, "Cet élément est devenu une proposition");
        }
    }

    /** The page in both languages at both widths: axe-clean, no sideways scroll, a screenshot to look at. */
    private void checkPages(Browser browser, String path, String name) {
        browser.checkPage(base, path, "watch/" + name);
    }


    private long addSource(PortalClient admin, String kind, String url, String query, String keywords, String token) {
        String body = "{\"kind\":\"" + kind + "\",\"label\":\"" + kind + " " + word + "\",\"baseUrl\":\"" + url + "\""
                + (query == null ? "" : ",\"query\":\"" + query + "\"")
                + (keywords == null ? "" : ",\"keywords\":\"" + keywords + "\"")
                + (token == null ? "" : ",\"token\":\"" + token + "\"") + ",\"intervalMinutes\":15,\"active\":false}";
        HttpResponse<String> added = admin.sendJson("POST", "api/watch/sources", body);
        assertEquals(201, added.statusCode(), added.body());
        return json(added).getJsonNumber("id").longValue();
    }

    private static int polled(PortalClient admin, long source) {
        HttpResponse<String> polled = admin.sendJson("POST", "api/watch/sources/" + source + "/poll", null);
        assertEquals(200, polled.statusCode(), polled.body());
        JsonObject outcome = json(polled);
        assertFalse(outcome.containsKey("error"), outcome.toString());
        return outcome.getInt("kept");
    }

    private static JsonObject source(PortalClient admin, long id) {
        JsonArray all = Json.createReader(new StringReader(admin.get("api/watch/sources").body())).readArray();
        return all.getValuesAs(JsonObject.class).stream().filter(s -> s.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
    }

    private static JsonObject find(JsonArray items, String text) {
        return items.getValuesAs(JsonObject.class).stream().filter(i -> i.toString().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no item with " + text + " in " + items));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String status(String id, String user, String html, String reblog) {
        return "{\"id\":\"" + id + "\",\"created_at\":\"2026-12-01T10:00:00.000Z\",\"uri\":\"https://m-" + word + ".example/users/"
                + user + "/statuses/" + id + "\",\"url\":\"https://m-" + word + ".example/@" + user + "/" + id + "\","
                + "\"content\":\"" + html.replace("\"", "\\\"") + "\",\"spoiler_text\":\"\",\"account\":{\"acct\":\""
                + user + "\",\"display_name\":\"" + Character.toUpperCase(user.charAt(0)) + user.substring(1)
                + "\",\"url\":\"https://m-" + word + ".example/@" + user + "\"},\"reblog\":" + (reblog == null ? "null" : reblog)
                + "}";
    }

    private String post(String rkey, String handle, String text) {
        return "{\"uri\":\"at://did:plc:" + rkey + "/app.bsky.feed.post/" + rkey + "\",\"cid\":\"bafy\",\"author\":{"
                + "\"did\":\"did:plc:" + rkey + "\",\"handle\":\"" + handle + "\",\"displayName\":\"Quartier\"},"
                + "\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"" + text + "\",\"createdAt\":"
                + "\"2026-12-01T09:00:00.000Z\"},\"indexedAt\":\"2026-12-01T09:00:01.000Z\"}";
    }

    private String rss() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Le Journal</title>"
                + "<link>https://journal.example/</link><description>Local</description>"
                + "<item><title>La halle a cent ans " + word + "</title>"
                + "<link>https://journal.example/ville/la-halle-a-cent-ans-" + word + "?utm_source=rss</link>"
                + "<guid>https://journal.example/ville/la-halle-a-cent-ans-" + word + "</guid>"
                + "<description>&lt;p&gt;Une semaine de fête au printemps.&lt;/p&gt;</description>"
                + "<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>"
                + "<item><title>Travaux du quai " + word + "</title><link>https://journal.example/ville/travaux-du-quai-" + word
                + "</link><description>Six mois de chantier.</description><pubDate>Mon, 30 Nov 2026 08:00:00 GMT"
                + "</pubDate></item>"
                + "<item><title>Le club de foot " + word + "</title><link>https://journal.example/sport/foot-" + word + "</link>"
                + "<description>Victoire.</description></item>"
                + "</channel></rss>";
    }
}
