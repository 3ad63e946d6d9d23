package org.civitas.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Download my data": a citizen who wrote, voted, commented, reported and made a token finds each of them in the
 * file, through the session and through the token, and finds nothing of another account; visitors get 401; each
 * download is logged and the downloads of an hour are limited.
 */
@ExtendWith(Portal.class)
class MyDataIT {

    private final URL base = Portal.base();

    @Test
    void aCitizenDownloadsEverythingThePortalHoldsAboutThemAndNothingOfOthers() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        PortalClient other = new PortalClient(base.toURI());
        String otherEmail = other.registerNewCitizen("Voisine " + word);
        long theirs = TestProposals.publish(other, "Un jardin partagé " + word, "culture").id();
        assertEquals(201, other.sendJson("POST", "api/proposals/" + theirs + "/comments",
                "{\"text\":{\"body\":\"Commentaire de la voisine " + word + "\"}}").statusCode());

        PortalClient me = new PortalClient(base.toURI());
        String email = me.registerNewCitizen("Camille " + word);
        long published = TestProposals.publish(me, "Des bancs place du marché " + word, "culture").id();
        assertEquals(200, me.sendJson("PUT", "api/proposals/" + published + "/place",
                "{\"label\":\"Place du Marché\",\"latitude\":47.23781,\"longitude\":6.02412}").statusCode());
        HttpResponse<String> draft = me.sendJson("POST", "api/proposals",
                TestProposals.json("Brouillon à moi " + word, "culture", null));
        assertEquals(201, draft.statusCode(), draft.body());
        long draftId = TestProposals.number(draft.body(), "id");
        long hidden = TestProposals.publish(me, "Une idée qui dérange " + word, "culture").id();
        for (String name : List.of("Ancien Un", "Ancienne Deux", "Ancien Trois")) {
            PortalClient reporter = new PortalClient(base.toURI());
            reporter.registerCitizen(name + " " + word, 30);
            assertEquals(201, reporter.sendJson("POST", "api/proposals/" + hidden + "/reports",
                    "{\"reason\":\"OFF_TOPIC\"}").statusCode());
        }
        HttpResponse<String> vote = me.sendJson("PUT", "api/proposals/" + theirs + "/vote", "{\"choice\":\"FOR\"}");
        assertTrue(vote.statusCode() / 100 == 2, vote.body());
        assertEquals(201, me.sendJson("POST", "api/proposals/" + theirs + "/comments",
                "{\"text\":{\"body\":\"Mon commentaire " + word + "\"}}").statusCode());
        assertEquals(201, me.sendJson("POST", "api/proposals/" + theirs + "/reports",
                "{\"reason\":\"SPAM\",\"details\":\"Mon signalement " + word + "\"}").statusCode());
        assertEquals(200, me.sendJson("PUT", "api/me/notice-preferences/new_proposal", "{\"cadence\":\"WEEKLY\"}")
                .statusCode());
        assertEquals(200, other.sendJson("PUT", "api/me/notice-preferences/reply", "{\"cadence\":\"NEVER\"}")
                .statusCode());
        String token = TestAccounts.createReadToken(me, "Script " + word);

        HttpResponse<String> download = me.get("api/me/data");
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"civitas-my-data-\\d{4}-\\d{2}-\\d{2}\\.json\""),
                download.headers().firstValue("Content-Disposition").orElse("(none)"));
        String body = download.body();
        JsonObject data = parse(body);

        assertEquals("civitas-my-data/1", data.getString("format"));
        JsonObject account = data.getJsonObject("account");
        assertEquals(email, account.getString("email"));
        assertEquals("Camille " + word, account.getString("displayName"));
        assertEquals("fr", account.getString("locale"));
        assertTrue(account.getJsonArray("roles").getValuesAs(JsonValue::toString).contains("\"CITIZEN\""));
        assertFalse(account.isNull("createdAt"));
        assertFalse(account.containsKey("passwordHash"));
        assertFalse(body.contains("PBKDF2"), "never the password hash");

        JsonObject mine = byLong(data.getJsonArray("proposals"), "id", published);
        assertEquals("Des bancs place du marché " + word, mine.getString("title"));
        assertFalse(mine.getBoolean("hidden"));
        assertEquals("Place du Marché", mine.getString("place"));
        assertEquals(47.23781, mine.getJsonNumber("latitude").doubleValue(), "the exact pin: it is one's own data");
        assertTrue(mine.getString("url").endsWith("/proposals/" + published + "/" + mine.getString("slug")));
        assertEquals("DRAFT", byLong(data.getJsonArray("proposals"), "id", draftId).getString("status"));
        JsonObject hiddenOne = byLong(data.getJsonArray("proposals"), "id", hidden);
        assertTrue(hiddenOne.getBoolean("hidden"), "a hidden proposal says so");
        assertEquals("REPORTS", hiddenOne.getString("hiddenCause"));
        assertEquals(3, data.getJsonArray("proposals").size());
        assertTrue(data.getJsonArray("proposalHistory").size() >= 2, "publications are in the history");

        JsonObject myVote = byLong(data.getJsonArray("votes"), "proposalId", theirs);
        assertEquals("FOR", myVote.getString("choice"));
        assertEquals(1, data.getJsonArray("votes").size());
        for (String funding : new String[]{"pledges", "helpOffered", "taxReceipts"}) {
            assertEquals(0, data.getJsonArray(funding).size(), funding + ": none, but the section is there");
        }
        assertEquals("Mon commentaire " + word, data.getJsonArray("comments").getJsonObject(0).getString("body"));
        assertEquals(1, data.getJsonArray("comments").size());
        JsonObject report = data.getJsonArray("reports").getJsonObject(0);
        assertEquals(theirs, report.getJsonNumber("targetId").longValue());
        assertEquals("Mon signalement " + word, report.getString("details"));
        assertTrue(report.getBoolean("fromNewAccount"));
        assertEquals(1, data.getJsonArray("reports").size());

        assertFalse(data.getJsonObject("account").isNull("emailConfirmedAt"), "the confirmation is in the file");
        assertEquals(0, data.getJsonArray("mailedLinks").size(), "no link was mailed to this account");

        JsonObject tokenLine = data.getJsonArray("accessTokens").getJsonObject(0);
        assertEquals("Script " + word, tokenLine.getString("name"));
        assertEquals("READ", tokenLine.getString("scope"));
        assertFalse(tokenLine.isNull("expiresAt"));
        assertFalse(body.contains(token), "never the token's secret");
        assertTrue(actions(data).contains("TOKEN_CREATED"), actions(data).toString());
        assertTrue(actions(data).contains("DATA_EXPORTED"), "this download is already logged: " + actions(data));
        assertTrue(data.getJsonArray("recentActions").size() >= 4, "counted actions: " + data.get("recentActions"));
        for (String key : List.of("photos", "notifications", "follows", "mailChoices", "digests", "mail", "answers", "publications",
                "settingsChanged")) {
            assertTrue(data.containsKey(key), key);
        }
        assertEquals(1, data.getJsonArray("mailChoices").size(), "only my own choices: " + data.get("mailChoices"));
        assertEquals("NEW_PROPOSAL", data.getJsonArray("mailChoices").getJsonObject(0).getString("kind"));
        assertEquals("WEEKLY", data.getJsonArray("mailChoices").getJsonObject(0).getString("cadence"));

        for (String foreign : List.of(otherEmail, "Voisine " + word, "Un jardin partagé", "Commentaire de la voisine",
                "Ancien Un", "Ancienne Deux")) {
            assertFalse(body.contains(foreign), "another account's data: " + foreign);
        }

        // The token reaches it too, without any session: a program can fetch the file
        PortalClient app = new PortalClient(base.toURI());
        HttpResponse<String> byToken = app.send(HttpRequest.newBuilder(app.resolve("api/me/data"))
                .header("Authorization", "Bearer " + token).GET().build());
        assertEquals(200, byToken.statusCode(), byToken.body());
        JsonObject again = parse(byToken.body());
        assertEquals(email, again.getJsonObject("account").getString("email"));
        assertEquals(2, actions(again).stream().filter("DATA_EXPORTED"::equals).count());

        HttpResponse<String> anonymous = new PortalClient(base.toURI()).get("api/me/data");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").contains("problem+json"));

        String page = me.get("account/index.xhtml").body();
        assertTrue(page.contains("href=\"/api/me/data\"") && page.contains("Télécharger mes données"),
                "the account page links to the file without any script");
    }

    @Test
    void downloadsAreLimitedToTenAnHour() throws Exception {
        PortalClient me = new PortalClient(base.toURI());
        String email = me.registerNewCitizen("Téléchargeuse Assidue");
        long id = TestProposals.number(me.sendJson("POST", "api/test-fixtures/account-id?email=" + email, null).body(),
                "id");
        assertEquals(204, me.sendJson("POST", "api/test-fixtures/limit-used?limit=data-export&subject=" + id
                + "&times=9", null).statusCode());
        assertEquals(200, me.get("api/me/data").statusCode(), "the tenth of the hour");
        HttpResponse<String> refused = me.get("api/me/data");
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().contains("10 fois en une heure"), refused.body());
    }

    @Test
    void theAccountPageOffersTheDownloadInBothLanguagesOnWideAndNarrowScreens() throws Exception {
        PortalClient fixtures = new PortalClient(base.toURI());
        String email = PortalClient.uniqueEmail("mydata");
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + email + "&name=Dominique",
                null).statusCode());
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            for (String lang : List.of("fr", "en")) {
                browser.signIn(base, lang, email);
                for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "account/index.xhtml");
                    WebElement link = driver.findElement(By.cssSelector("a[href$='/api/me/data']"));
                    assertEquals("fr".equals(lang) ? "Télécharger mes données" : "Download my data", link.getText());
                    assertEquals("my-data-hint", link.getAttribute("aria-describedby"));
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("account-my-data-" + lang + "-" + size[0]);
                }
                driver.manage().deleteAllCookies();
            }
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonObject byLong(JsonArray rows, String field, long value) {
        return rows.getValuesAs(JsonObject.class).stream()
                .filter(row -> !row.isNull(field) && row.getJsonNumber(field).longValue() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + rows));
    }

    private static List<String> actions(JsonObject data) {
        return data.getJsonArray("auditLog").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action"))
                .toList();
    }
}
