package org.civitas.publishing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.StringReader;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Officials publish to the city's accounts through the outbox; each adapter is checked against a WireMock stand-in
 * for its network over real HTTP (where the test server's configuration points the accounts): success, a
 * refusal (4xx: not retried, shown to the administrator, retried by hand), failures and timeouts (retried with the
 * same idempotency key), the network's server stopped in the middle of a delivery, and a delivery left half done by
 * a stopped portal server (the network is asked first, nothing is posted twice).
 */
@ExtendWith(Portal.class)
class PublishingIT {

    private static final int PORT = Portal.wireMockPort();
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private final URL base = Portal.base();

    private WireMockServer networks;

    @BeforeEach
    void startNetworks() {
        networks = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));
        networks.start();
        stubBlueskySession(networks);
    }

    @AfterEach
    void stopNetworks() {
        if (networks != null) {
            networks.stop();
        }
    }

    @Test
    void eachAdapterPublishesOnceWithItsNetworksApi() throws Exception {
        String word = word();
        networks.stubFor(post(urlPathEqualTo("/mastodon/api/v1/statuses"))
                .willReturn(okJson("{\"id\":\"1001\",\"url\":\"https://ville.social/@ville/1001\"}")));
        networks.stubFor(post(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))
                .willReturn(okJson("{\"uri\":\"at://did:plc:ville/app.bsky.feed.post/abc\",\"cid\":\"bafy\"}")));
        networks.stubFor(post(urlPathEqualTo("/facebook/1234567890/feed")).willReturn(okJson("{\"id\":\"1234567890_555\"}")));
        networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"777\",\"text\":\"t\"}}")));

        Item item = newProposal("Un marché de producteurs " + word);
        HttpResponse<String> asked = publish(item, List.of("mastodon", "bluesky", "facebook", "x"), "Venez voter " + word);
        assertEquals(302, asked.statusCode(), asked.body());
        for (String network : List.of("mastodon", "bluesky", "facebook", "x")) {
            awaitState(item.id(), network, "SENT");
        }

        LoggedRequest mastodon = only(networks.findAll(postRequestedFor(urlPathEqualTo("/mastodon/api/v1/statuses"))), word);
        assertEquals("Bearer test-mastodon-token", mastodon.getHeader("Authorization"));
        assertTrue(mastodon.getHeader("Idempotency-Key").matches("[0-9a-f]{32}"), mastodon.getHeader("Idempotency-Key"));
        String status = URLDecoder.decode(mastodon.getBodyAsString(), StandardCharsets.UTF_8);
        assertTrue(status.contains("status=Venez voter " + word + "\n\nhttp"), status);
        assertTrue(status.contains("/" + item.path() + "?utm_source=mastodon&utm_medium=social&utm_campaign=proposal-" + item.id()
                + "&utm_content=" + mastodon.getHeader("Idempotency-Key")), status);

        LoggedRequest bluesky = only(networks.findAll(postRequestedFor(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))), word);
        assertEquals("Bearer jwt-ville", bluesky.getHeader("Authorization"));
        JsonObject record = Json.createReader(new StringReader(bluesky.getBodyAsString())).readObject();
        assertEquals("did:plc:ville", record.getString("repo"));
        assertEquals("app.bsky.feed.post", record.getString("collection"));
        assertTrue(record.getString("rkey").matches("[234567a-z]{13}"), record.getString("rkey"));
        JsonObject post = record.getJsonObject("record");
        assertTrue(post.getString("text").startsWith("Venez voter " + word));
        JsonObject facet = post.getJsonArray("facets").getJsonObject(0);
        String link = facet.getJsonArray("features").getJsonObject(0).getString("uri");
        byte[] text = post.getString("text").getBytes(StandardCharsets.UTF_8);
        assertEquals(link, new String(text, facet.getJsonObject("index").getInt("byteStart"),
                facet.getJsonObject("index").getInt("byteEnd") - facet.getJsonObject("index").getInt("byteStart"),
                StandardCharsets.UTF_8), "the link facet covers the link, in UTF-8 bytes");

        String facebook = URLDecoder.decode(only(networks.findAll(postRequestedFor(urlPathEqualTo("/facebook/1234567890/feed"))), word)
                .getBodyAsString(), StandardCharsets.UTF_8);
        assertTrue(facebook.contains("access_token=test-facebook-token") && facebook.contains("message=Venez voter " + word), facebook);
        LoggedRequest x = only(networks.findAll(postRequestedFor(urlPathEqualTo("/x/2/tweets"))), word);
        assertEquals("Bearer test-x-token", x.getHeader("Authorization"));
        assertTrue(Json.createReader(new StringReader(x.getBodyAsString())).readObject().getString("text")
                .startsWith("Venez voter " + word));

        Map<String, JsonObject> rows = rows(item.id());
        assertEquals("1001", rows.get("mastodon").getString("remoteId"));
        assertEquals("777", rows.get("x").getString("remoteId"));
        String page = item.official().get("review/publish.xhtml?proposal=" + item.id()).body();
        assertTrue(page.contains("https://ville.social/@ville/1001"), "the page links to the post");
        assertTrue(page.contains("déjà demandée (voir plus bas)"), "a network that has it is not offered again");
        HttpResponse<String> again = publish(item, List.of("mastodon"), "Encore " + word);
        assertTrue(again.body().contains("Déjà publiée sur Mastodon"), "nothing is posted twice");
        HttpResponse<String> empty = publish(item, List.of(), "Sans réseau " + word);
        assertTrue(empty.body().contains("Choisissez au moins un des comptes"), "at least one network");
        HttpResponse<String> blank = publish(item, List.of("facebook"), "   ");
        assertTrue(blank.body().contains("Écrivez le texte de la publication"), "a text is needed");
        HttpResponse<String> hidden = publish(item, List.of("facebook"), "Texte\u200bpiégé " + word);
        assertTrue(hidden.body().contains("sans caractères de contrôle"), "no invisible characters");

        String log = Files.readString(Portal.log());
        for (String secret : List.of("test-mastodon-token", "test-bluesky-password", "test-facebook-token", "test-x-token", "jwt-ville")) {
            assertFalse(log.contains(secret), "credentials never reach the log: " + secret);
            assertFalse(page.contains(secret));
        }
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Citoyen Curieux");
        assertEquals(403, citizen.get("review/publish.xhtml?proposal=" + item.id()).statusCode());
    }

    @Test
    void whatThePostsAchievedIsReadBackFromEachNetworkAndReported() throws Exception {
        String word = word();
        networks.stubFor(post(urlPathEqualTo("/mastodon/api/v1/statuses"))
                .willReturn(okJson("{\"id\":\"2001\",\"url\":\"https://ville.social/@ville/2001\"}")));
        networks.stubFor(post(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))
                .willReturn(okJson("{\"uri\":\"at://did:plc:ville/app.bsky.feed.post/def\",\"cid\":\"bafy\"}")));
        networks.stubFor(post(urlPathEqualTo("/facebook/1234567890/feed")).willReturn(okJson("{\"id\":\"1234567890_556\"}")));
        networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"888\",\"text\":\"t\"}}")));
        Item item = newProposal("Des bancs au bord de l’eau " + word);
        assertEquals(302, publish(item, List.of("mastodon", "bluesky", "facebook", "x"), "À lire " + word).statusCode());
        for (String network : List.of("mastodon", "bluesky", "facebook", "x")) {
            awaitState(item.id(), network, "SENT");
        }
        networks.stubFor(get(urlPathMatching("/mastodon/api/v1/statuses/[0-9]+")).willReturn(aResponse().withStatus(429)));
        networks.stubFor(get(urlPathEqualTo("/bluesky-appview/xrpc/app.bsky.feed.getPosts")).willReturn(okJson(
                "{\"posts\":[{\"uri\":\"at://x\",\"likeCount\":7,\"repostCount\":1,\"quoteCount\":1,\"replyCount\":4}]}")));
        networks.stubFor(get(urlPathMatching("/facebook/[0-9]+_[0-9]+")).willReturn(okJson("{\"reactions\":{\"data\":[],"
                + "\"summary\":{\"total_count\":20}},\"comments\":{\"data\":[],\"summary\":{\"total_count\":5}},"
                + "\"shares\":{\"count\":6}}")));
        networks.stubFor(get(urlPathMatching("/x/2/tweets/[0-9]+")).willReturn(okJson("{\"data\":{\"id\":\"888\","
                + "\"public_metrics\":{\"like_count\":30,\"retweet_count\":4,\"quote_count\":1,\"reply_count\":3}}}")));

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        assertEquals(302, admin.submitForm("admin/publications.xhtml", "engagementForm", "refreshEngagement", Map.of())
                .statusCode());
        Map<String, JsonObject> rows = rows(item.id());
        assertFalse(rows.get("mastodon").containsKey("likes"), "a network that says 429 is left for the next run: "
                + rows.get("mastodon"));
        assertEquals(20, rows.get("facebook").getInt("likes"));
        assertEquals(6, rows.get("facebook").getInt("reposts"));
        assertEquals(5, rows.get("facebook").getInt("replies"));
        assertEquals(5, rows.get("x").getInt("reposts"), "retweets and quotes");
        assertEquals(2, rows.get("bluesky").getInt("reposts"));
        LoggedRequest x = networks.findAll(WireMock.getRequestedFor(urlPathMatching("/x/2/tweets/888"))).get(0);
        assertEquals("Bearer test-x-token", x.getHeader("Authorization"));
        assertTrue(x.getUrl().contains("tweet.fields=public_metrics"), x.getUrl());
        assertTrue(networks.findAll(WireMock.getRequestedFor(urlPathEqualTo("/bluesky-appview/xrpc/app.bsky.feed.getPosts")))
                .stream().anyMatch(r -> r.getUrl().contains("app.bsky.feed.post%2Fdef")), "the post asked by its URI");

        networks.stubFor(get(urlPathMatching("/mastodon/api/v1/statuses/[0-9]+")).willReturn(okJson(
                "{\"id\":\"2001\",\"favourites_count\":12,\"reblogs_count\":3,\"replies_count\":2}")));
        assertEquals(302, admin.submitForm("admin/publications.xhtml", "engagementForm", "refreshEngagement", Map.of())
                .statusCode());
        assertEquals(12, rows(item.id()).get("mastodon").getInt("likes"));
        assertEquals("Bearer test-mastodon-token", networks.findAll(WireMock.getRequestedFor(
                urlPathEqualTo("/mastodon/api/v1/statuses/2001"))).get(0).getHeader("Authorization"));
        assertTrue(admin.get("admin/publications.xhtml").body().contains("12 j’aime · 3 repartages · 2 réponses"),
                "the administrators' list shows them");

        String csv = item.official().get("api/dashboard/export?format=csv").body();
        // The post with the most reactions (X's, in this test) heads the list of posts
        String line = csv.lines().filter(l -> l.startsWith("post,") && l.contains("X · Des bancs au bord de l’eau "
                + word)).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(line.endsWith(",30,5,3"), line);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("posts,mastodon,Mastodon,")), "per account: " + csv);
        String dashboard = item.official().get("dashboard/index.xhtml").body();
        assertTrue(dashboard.contains("id=\"posted\"") && dashboard.contains("Des bancs au bord de l’eau " + word),
                "the dashboard shows them per account and per post");
    }

    @Test
    void aFacilitysAccountIsManagedInThePortalAndOnlyItsEditorsPublishToIt() throws Exception {
        String word = word();
        String secret = "piscine-token-" + word;
        networks.stubFor(post(urlPathEqualTo("/mastodon-piscine/api/v1/statuses"))
                .willReturn(okJson("{\"id\":\"3001\",\"url\":\"https://piscine.social/@piscine/3001\"}")));
        Item item = newProposal("Des horaires d’été pour la piscine " + word);
        PortalClient otherOfficial = TestAccounts.signedInWithRole(base.toURI(), "Autre élu " + word, "OFFICIAL");
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("network", "MASTODON",
                "name", "Piscine " + word, "facility", "Piscine des Vaîtes", "district", "",
                "baseUrl", "http://localhost:" + PORT + "/mastodon-piscine", "identifier", "", "secret", "",
                "editors", item.email(), "active", "true"));
        HttpResponse<String> noSecret = admin.submitForm("admin/networks.xhtml", "networkAccountForm",
                "saveNetworkAccount", fields);
        assertEquals(200, noSecret.statusCode(), "a new account needs its secret");
        assertTrue(noSecret.body().contains("Saisissez le secret du compte"), noSecret.body());
        fields.put("secret", secret);
        HttpResponse<String> saved = admin.submitForm("admin/networks.xhtml", "networkAccountForm",
                "saveNetworkAccount", fields);
        assertEquals(302, saved.statusCode(), saved.body());
        String list = admin.get("admin/networks.xhtml").body();
        Matcher id = Pattern.compile("networks\\.xhtml\\?id=(\\d+)\">Piscine " + word)
                .matcher(list);
        assertTrue(id.find(), list);
        String account = "account-" + id.group(1);
        assertFalse(list.contains(secret), "the secret is never shown again");
        assertTrue(list.contains("••••" + secret.substring(secret.length() - 4)), "only its last characters");
        assertFalse(admin.get("admin/networks.xhtml?id=" + id.group(1)).body().contains(secret), "not in the form either");

        assertTrue(item.official().get("review/publish.xhtml?proposal=" + item.id()).body()
                .contains("Piscine " + word + " (Mastodon)"), "its editor is offered it");
        assertFalse(otherOfficial.get("review/publish.xhtml?proposal=" + item.id()).body().contains("Piscine " + word),
                "another official is not");
        HttpResponse<String> refused = otherOfficial.submitFormPairs("review/publish.xhtml?proposal=" + item.id(),
                "publishForm", "publish", List.of(Map.entry("proposal", String.valueOf(item.id())),
                        Map.entry("network", account), Map.entry("text", "Pas à moi " + word)));
        assertTrue(refused.body().contains("Choisissez au moins un des comptes"), "nor may post to it");
        assertEquals(302, publish(item, List.of(account), "Horaires d’été " + word).statusCode());
        awaitState(item.id(), account, "SENT");
        LoggedRequest posted = only(networks.findAll(postRequestedFor(urlPathEqualTo("/mastodon-piscine/api/v1/statuses"))),
                word);
        assertEquals("Bearer " + secret, posted.getHeader("Authorization"), "posted with the account's own secret");
        assertTrue(URLDecoder.decode(posted.getBodyAsString(), StandardCharsets.UTF_8).contains("utm_source=mastodon"),
                "its links say the network they come from");
        assertTrue(admin.get("admin/publications.xhtml").body().contains("Piscine " + word + " (Mastodon)"));
        assertFalse(Files.readString(Portal.log()).contains(secret), "the secret never reaches the log");
    }

    @Test
    void aRefusalIsNotRetriedAndAnAdministratorSendsItAgain() throws Exception {
        String word = word();
        networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(word))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"title\":\"Forbidden\",\"detail\":\"You are not permitted to perform this action.\"}")));
        Item item = newProposal("Un abri vélo " + word);
        assertEquals(302, publish(item, List.of("x"), "Abri vélo " + word).statusCode());
        JsonObject dead = awaitState(item.id(), "x", "DEAD");
        assertEquals(1, dead.getInt("attempts"));
        assertEquals(403, dead.getInt("lastStatus"));
        Thread.sleep(2500); // a wrong retry would come within 2 s (polled every second, first retry after 1 s)
        assertEquals(1, withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/x/2/tweets"))), word).size(), "4xx: not retried");

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String adminPage = admin.get("admin/publications.xhtml").body();
        assertTrue(adminPage.contains("En échec") && adminPage.contains("HTTP 403"), "shown to the administrator");
        networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(word)).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"778\"}}")));
        HttpResponse<String> retried = admin.submitFormPairs("admin/publications.xhtml", "publicationsForm", "retryPublication",
                List.of(Map.entry("retryPublication", String.valueOf(dead.getJsonNumber("id").longValue()))));
        assertEquals(302, retried.statusCode(), retried.body());
        awaitState(item.id(), "x", "SENT");
        assertEquals(2, withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/x/2/tweets"))), word).size());
    }

    @Test
    void failuresAndTimeoutsAreRetriedWithTheSameKey() throws Exception {
        String word = word();
        String scenario = "flaky-" + word;
        networks.stubFor(post(urlPathEqualTo("/mastodon/api/v1/statuses")).withRequestBody(containing(word))
                .inScenario(scenario).whenScenarioStateIs("Started").willSetStateTo("slow")
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        networks.stubFor(post(urlPathEqualTo("/mastodon/api/v1/statuses")).withRequestBody(containing(word))
                .inScenario(scenario).whenScenarioStateIs("slow").willSetStateTo("up")
                .willReturn(okJson("{\"id\":\"2001\"}").withFixedDelay(3500)));
        networks.stubFor(post(urlPathEqualTo("/mastodon/api/v1/statuses")).withRequestBody(containing(word))
                .inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(okJson("{\"id\":\"2002\",\"url\":\"https://ville.social/@ville/2002\"}")));
        networks.stubFor(post(urlPathEqualTo("/facebook/1234567890/feed")).withRequestBody(containing(word))
                .inScenario(scenario + "-fb").whenScenarioStateIs("Started").willSetStateTo("up")
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"An unknown error occurred\"}}")));
        networks.stubFor(post(urlPathEqualTo("/facebook/1234567890/feed")).withRequestBody(containing(word))
                .inScenario(scenario + "-fb").whenScenarioStateIs("up").willReturn(okJson("{\"id\":\"1234567890_9\"}")));

        Item item = newProposal("Une piste cyclable " + word);
        assertEquals(302, publish(item, List.of("mastodon", "facebook"), "Piste " + word).statusCode());
        JsonObject mastodon = awaitState(item.id(), "mastodon", "SENT");
        assertEquals(3, mastodon.getInt("attempts"), "503, then no answer in time, then published");
        assertEquals("2002", mastodon.getString("remoteId"));
        List<LoggedRequest> tries = withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/mastodon/api/v1/statuses"))), word);
        assertEquals(3, tries.size());
        assertEquals(1, tries.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().count(),
                "every attempt carries the same key, so Mastodon posts it once");
        JsonObject facebook = awaitState(item.id(), "facebook", "SENT");
        assertEquals(2, facebook.getInt("attempts"));
    }

    @Test
    void theNetworkStoppingInTheMiddleOfADeliveryLosesNothing() throws Exception {
        String word = word();
        networks.stubFor(post(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord")).withRequestBody(containing(word))
                .willReturn(okJson("{\"uri\":\"at://did:plc:ville/app.bsky.feed.post/late\"}").withFixedDelay(1500)));
        Item item = newProposal("Des toilettes publiques " + word);
        assertEquals(302, publish(item, List.of("bluesky"), "Toilettes " + word).statusCode());
        Instant until = Instant.now().plus(PATIENCE);
        while (withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))), word).isEmpty()) {
            assertTrue(Instant.now().isBefore(until), "the delivery started");
            Thread.sleep(100);
        }
        String firstKey = Json.createReader(new StringReader(withWord(networks.findAll(postRequestedFor(
                urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))), word).get(0).getBodyAsString())).readObject().getString("rkey");
        networks.stop(); // while the portal waits for its answer
        Thread.sleep(1500);
        networks = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));
        networks.start();
        stubBlueskySession(networks);
        networks.stubFor(post(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord")).withRequestBody(containing(word))
                .willReturn(okJson("{\"uri\":\"at://did:plc:ville/app.bsky.feed.post/" + firstKey + "\"}")));
        JsonObject sent = awaitState(item.id(), "bluesky", "SENT");
        assertTrue(sent.getInt("attempts") >= 2, "tried again: " + sent);
        List<LoggedRequest> after = withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))), word);
        assertEquals(firstKey, Json.createReader(new StringReader(after.get(after.size() - 1).getBodyAsString())).readObject().getString("rkey"),
                "the same record key: the network refuses a second record under it");
    }

    @Test
    void aDeliveryLeftHalfDoneByAStoppedServerIsNotPostedTwice() throws Exception {
        String word = word();
        Item item = newProposal("Un kiosque à musique " + word);
        PortalClient fixtures = new PortalClient(base.toURI());
        // Facebook got the post before the server stopped: its feed shows it (the key is in the link).
        String facebookKey = interrupted(fixtures, item.id(), "facebook", "Kiosque " + word);
        networks.stubFor(get(urlPathEqualTo("/facebook/1234567890/feed")).willReturn(okJson("{\"data\":[{\"id\":\"1234567890_1\","
                + "\"link\":\"https://x/?a=1\"},{\"id\":\"1234567890_77\",\"link\":\"http://localhost/proposals/" + item.id()
                + "?utm_content=" + facebookKey + "\"}]}")));
        networks.stubFor(post(urlPathEqualTo("/facebook/1234567890/feed")).willReturn(okJson("{\"id\":\"1234567890_78\"}")));
        // Bluesky has the record under the publication's key.
        interrupted(fixtures, item.id(), "bluesky", "Kiosque " + word);
        networks.stubFor(get(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.getRecord"))
                .willReturn(okJson("{\"uri\":\"at://did:plc:ville/app.bsky.feed.post/found\",\"value\":{}}")));
        networks.stubFor(post(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord")).withRequestBody(containing(word))
                .willReturn(okJson("{\"uri\":\"at://did:plc:ville/app.bsky.feed.post/second\"}")));
        // X never got it: its timeline does not show it, so it is posted now.
        interrupted(fixtures, item.id(), "x", "Kiosque " + word);
        networks.stubFor(get(urlPathEqualTo("/x/2/users/42/tweets")).withHeader("Authorization", equalTo("Bearer test-x-token"))
                .willReturn(okJson("{\"data\":[{\"id\":\"1\",\"text\":\"autre\",\"entities\":{\"urls\":[{\"expanded_url\":\"https://ailleurs.example/\"}]}}]}")));
        networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(word))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"900\"}}")));

        assertEquals("1234567890_77", awaitState(item.id(), "facebook", "SENT").getString("remoteId"), "found, not posted");
        assertEquals("at://did:plc:ville/app.bsky.feed.post/found", awaitState(item.id(), "bluesky", "SENT").getString("remoteId"));
        assertEquals("900", awaitState(item.id(), "x", "SENT").getString("remoteId"));
        assertEquals(0, withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/facebook/1234567890/feed"))), word).size(),
                "Facebook: not twice");
        assertEquals(0, withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))), word).size(),
                "Bluesky: not twice");
        assertEquals(1, withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/x/2/tweets"))), word).size(), "X: once");
    }

    @Test
    void anOfficialPublishesFromTheProposalPageInTheBrowser() throws Exception {
        String word = word();
        networks.stubFor(post(urlPathEqualTo("/mastodon/api/v1/statuses")).withRequestBody(containing(word))
                .willReturn(okJson("{\"id\":\"3001\",\"url\":\"https://ville.social/@ville/3001\"}")));
        networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(word)).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Text is too long\"}")));
        Item item = newProposal("Une fête de quartier " + word);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", item.email());
            driver.get(base + item.path());
            driver.findElement(By.linkText("Publier sur les comptes de la ville")).click();
            Browser.waitForMain(driver, "Texte de la publication");
            for (String network : List.of("bluesky", "facebook")) {
                driver.findElement(By.id("network-" + network)).click(); // only Mastodon and X this time
            }
            Browser.type(driver, "text", "Tous à la fête " + word);
            driver.findElement(By.id("publish")).click();
            Browser.waitForMain(driver, "Publication enregistrée");
            awaitState(item.id(), "mastodon", "SENT");
            awaitState(item.id(), "x", "DEAD");
            driver.navigate().refresh();
            Browser.waitForMain(driver, "Voir la publication");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("HTTP 400"), "the refusal is shown");
            for (String lang : List.of("fr", "en")) {
                driver.get(base + "review/publish.xhtml?proposal=" + item.id() + "&lang=" + lang);
                for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("publish-" + lang + "-" + size[0]);
                }
            }
            browser.resize(1280, 1000);
            driver.get(base + "index.xhtml?lang=fr");
        }
        assertEquals(0, withWord(networks.findAll(postRequestedFor(urlPathEqualTo("/bluesky/xrpc/com.atproto.repo.createRecord"))), word).size(),
                "unticked networks get nothing");
    }

    // --- helpers

    private record Item(long id, String path, PortalClient official, String email) {
    }

    private Item newProposal(String title) throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Publications");
        TestProposals.Published proposal = TestProposals.publish(author, title, "environnement");
        PortalClient official = new PortalClient(base.toURI());
        String email = official.registerNewCitizen("Élue Publications");
        assertEquals(204, new PortalClient(base.toURI()).sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + email, null).statusCode());
        official = new PortalClient(base.toURI());
        assertEquals(302, official.signIn(email, TestAccounts.PASSWORD).statusCode());
        return new Item(proposal.id(), proposal.path(), official, email);
    }

    private HttpResponse<String> publish(Item item, List<String> networks, String text) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("proposal", String.valueOf(item.id())));
        networks.forEach(n -> fields.add(Map.entry("network", n)));
        fields.add(Map.entry("text", text));
        return item.official().submitFormPairs("review/publish.xhtml?proposal=" + item.id(), "publishForm", "publish", fields);
    }

    private String interrupted(PortalClient fixtures, long proposalId, String network, String text) {
        HttpResponse<String> r = fixtures.sendJson("POST", "api/test-fixtures/interrupted-publication?proposal=" + proposalId
                + "&network=" + network + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getString("key");
    }

    private Map<String, JsonObject> rows(long proposalId) throws Exception {
        HttpResponse<String> r = new PortalClient(base.toURI()).get("api/test-fixtures/publications?proposal=" + proposalId);
        JsonArray rows = Json.createReader(new StringReader(r.body())).readArray();
        return rows.stream().map(v -> v.asJsonObject()).collect(Collectors.toMap(o -> o.getString("network"), o -> o));
    }

    private JsonObject awaitState(long proposalId, String network, String state) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        JsonObject row = null;
        while (Instant.now().isBefore(until)) {
            row = rows(proposalId).get(network);
            if (row != null && state.equals(row.getString("state"))) {
                return row;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(network + " never became " + state + ": " + row);
    }

    private static List<LoggedRequest> withWord(List<LoggedRequest> requests, String word) {
        return requests.stream().filter(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8).contains(word)).toList();
    }

    private static LoggedRequest only(List<LoggedRequest> requests, String word) {
        List<LoggedRequest> mine = withWord(requests, word);
        assertEquals(1, mine.size(), "exactly one request carries " + word);
        return mine.get(0);
    }

    private static void stubBlueskySession(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/bluesky/xrpc/com.atproto.server.createSession"))
                .withRequestBody(WireMock.matchingJsonPath("$.identifier", equalTo("ville.test")))
                .willReturn(okJson("{\"did\":\"did:plc:ville\",\"accessJwt\":\"jwt-ville\",\"handle\":\"ville.test\"}")));
    }

    private static String word() {
        return "w" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
    }
}
