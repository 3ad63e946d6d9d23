package org.civitas.places;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.civitas.testing.CsvReader;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places over real HTTP, with the national address base stood in for by WireMock where the test server's
 * configuration points the geocoder: an address typed in the form without JavaScript is looked up and its pin proposes
 * the district that holds it (the demo town's boundaries); with the address base down, the address is kept without a
 * pin and the API says 503; the map groups pins by area with the list's filters; open data publishes rounded
 * coordinates and the boundaries; administrators replace the boundaries all or nothing.
 */
@ExtendWith(Portal.class)
class PlacesIT {

    /** Inside the demo town's Centre-ville (DemoPlaces). */
    private static final double LAT = 47.23781;
    private static final double LON = 6.02412;

    private final URL base = Portal.base();

    private WireMockServer addressBase;

    @BeforeEach
    void startAddressBase() {
        addressBase = new WireMockServer(options().port(Portal.wireMockPort()).bindAddress("127.0.0.1"));
        addressBase.start();
    }

    @AfterEach
    void stopAddressBase() {
        if (addressBase != null) {
            addressBase.stop();
        }
    }

    private static String feature(String label, double lat, double lon) {
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%s,%s]},"
                + "\"properties\":{\"label\":\"%s\",\"score\":0.97,\"postcode\":\"25000\",\"citycode\":\"25056\"}}",
                lon, lat, label);
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    void anAddressTypedWithoutJavaScriptIsLookedUpAndItsPinProposesTheDistrict() throws Exception {
        String word = word();
        String typed = "12 rue de la Republique " + word;
        addressBase.stubFor(get(urlPathEqualTo("/geocodage/search")).withQueryParam("q", equalTo(typed))
                .willReturn(okJson(collection(feature("12 Rue de la République 25000 Besançon", LAT, LON)))));
        PortalClient author = client();
        author.registerNewCitizen("Autrice " + word);
        HttpResponse<String> saved = author.submitForm("proposal/edit.xhtml", "proposalForm", "save", Map.of(
                "title", "Un banc place de la République " + word, "summary", "Pour s’asseoir à l’ombre.",
                "body", "Le square n’a aucun banc.", "themeCode", "environnement", "districtCode", "town",
                "placeLabel", typed, "latitude", "", "longitude", "", "pinnedLabel", ""));
        assertEquals(302, saved.statusCode(), saved.body());
        String page = author.follow(saved).body();
        assertTrue(page.contains("Lieu trouvé dans la Base Adresse Nationale"), page);
        assertTrue(page.contains("Son épingle est dans le quartier Centre-ville"), page);
        assertTrue(page.contains("12 Rue de la République 25000 Besançon"), "the place on the draft's page");
        assertTrue(page.contains("data-map=\"show\""), "its map");
        long id = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/proposals/(\\d+).*", "$1"));
        String json = author.get("api/proposals/" + id).body();
        assertTrue(json.contains("\"district\":\"centre-ville\""), json);
        assertTrue(json.contains("\"place\":{\"label\":\"12 Rue de la République 25000 Besançon\",\"latitude\":47.23781,"
                + "\"longitude\":6.02412}"), json);
        addressBase.verify(1, getRequestedFor(urlPathEqualTo("/geocodage/search")).withQueryParam("q", equalTo(typed))
                .withQueryParam("limit", equalTo("5")));

        // Saved again without a change: the address is not looked up again
        HttpResponse<String> again = author.submitForm("proposal/edit.xhtml?id=" + id, "proposalForm", "save", Map.of(
                "title", "Un banc place de la République " + word, "summary", "Pour s’asseoir à l’ombre.",
                "body", "Le square n’a aucun banc.", "themeCode", "environnement", "districtCode", "centre-ville",
                "placeLabel", "12 Rue de la République 25000 Besançon", "latitude", "47.23781", "longitude", "6.02412",
                "pinnedLabel", "12 Rue de la République 25000 Besançon"));
        assertEquals(302, again.statusCode(), again.body());
        addressBase.verify(1, getRequestedFor(urlPathEqualTo("/geocodage/search")));

        // An address the base does not know is kept, without a pin
        addressBase.stubFor(get(urlPathEqualTo("/geocodage/search")).withQueryParam("q", equalTo("Nulle part " + word))
                .willReturn(okJson(collection())));
        HttpResponse<String> unknown = author.sendJson("PUT", "api/proposals/" + id + "/place",
                "{\"label\":\"Nulle part " + word + "\"}");
        assertEquals(200, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"place\":{\"label\":\"Nulle part " + word + "\"}")
                || unknown.body().contains("\"label\":\"Nulle part " + word + "\",\"latitude\":null"), unknown.body());
        // ... and removed in one call
        assertEquals(200, author.sendJson("DELETE", "api/proposals/" + id + "/place", null).statusCode());
        assertFalse(author.get("api/proposals/" + id).body().contains("\"place\":{"), "no place any more");
    }

    @Test
    void withTheAddressBaseDownTheAddressIsKeptWithoutAPin() throws Exception {
        addressBase.stop();
        String word = word();
        PortalClient author = client();
        author.registerNewCitizen("Auteur " + word);
        HttpResponse<String> saved = author.submitForm("proposal/edit.xhtml", "proposalForm", "save", Map.of(
                "title", "Des fleurs rue des Écoles " + word, "summary", "Des jardinières.", "body", "Au printemps.",
                "themeCode", "environnement", "districtCode", "town", "placeLabel", "3 rue des Écoles " + word));
        assertEquals(302, saved.statusCode(), saved.body());
        String page = author.follow(saved).body();
        assertTrue(page.contains("ne répond pas pour l’instant"), page);
        assertTrue(page.contains("3 rue des Écoles " + word), "the address is kept");
        assertFalse(page.contains("data-map=\"show\""), "no pin, no map");

        HttpResponse<String> search = author.get("api/places/search?q=" + enc("3 rue des Écoles"));
        assertEquals(503, search.statusCode(), search.body());
        assertTrue(search.headers().firstValue("Retry-After").isPresent());
        assertTrue(search.body().contains("Base Adresse Nationale"), search.body());
    }

    @Test
    void theProxyAnswersSuggestionsAndRefusesBadInput() throws Exception {
        addressBase.stubFor(get(urlPathEqualTo("/geocodage/search")).withQueryParam("q", equalTo("8 bd du port"))
                .willReturn(okJson(collection(feature("8 Boulevard du Port 25000 Besançon", 47.24, 6.03),
                        "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}"))));
        addressBase.stubFor(get(urlPathEqualTo("/geocodage/reverse")).willReturn(okJson(collection(
                feature("1 Place du Marché 25000 Besançon", 47.2379, 6.0242)))));
        PortalClient visitor = client();
        String found = visitor.get("api/places/search?q=" + enc("8 bd du port")).body();
        assertTrue(found.startsWith("[{\"citycode\":\"25056\",\"label\":\"8 Boulevard du Port 25000 Besançon\"")
                || found.contains("\"label\":\"8 Boulevard du Port 25000 Besançon\""), found);
        assertEquals(1, PortalClient.occurrences(found, "\"label\""), "the malformed feature is skipped: " + found);
        assertEquals("[]", visitor.get("api/places/search?q=ab").body(), "too short: not even asked");
        assertEquals("[]", visitor.get("api/places/search?q=" + enc("%%% rue")).body());
        assertEquals("[]", visitor.get("api/places/search").body());
        assertTrue(visitor.get("api/places/reverse?lat=47.2379&lon=6.0242").body().contains("Place du Marché"));
        assertEquals(400, visitor.get("api/places/reverse?lat=91&lon=6").statusCode());
        assertEquals(400, visitor.get("api/places/reverse?lat=abc&lon=6").statusCode());
        assertEquals("centre-ville", codeOf(visitor.get("api/districts/at?lat=" + LAT + "&lon=" + LON).body()));
        assertEquals(404, visitor.get("api/districts/at?lat=48.85&lon=2.35").statusCode(), "Paris is no district of ours");
    }

    @Test
    void theMapGroupsPinsByAreaWithTheListsFiltersAndOpenDataRoundsThem() throws Exception {
        String word = word();
        PortalClient author = client();
        author.registerNewCitizen("Cartographe " + word);
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = TestProposals.publish(author, "Point d’eau numéro " + (i + 1) + " " + word, "environnement").id();
            // Pins 150 m apart on a line, kept as sent (no lookup)
            HttpResponse<String> placed = author.sendJson("PUT", "api/proposals/" + ids[i] + "/place", String.format(
                    Locale.ROOT, "{\"label\":\"Fontaine %d\",\"latitude\":%.5f,\"longitude\":6.02000}", i,
                    47.2300 + i * 0.00135));
            assertEquals(200, placed.statusCode(), placed.body());
        }
        addressBase.verify(0, getRequestedFor(urlPathEqualTo("/geocodage/search")));
        PortalClient visitor = client();
        String area = "bbox=6.0190,47.2290,6.0210,47.2340&q=" + word;
        String close = visitor.get("api/proposals/map?" + area + "&zoom=19").body();
        assertEquals(3, TestProposals.number(close, "total"), close);
        assertEquals(3, PortalClient.occurrences(close, "\"count\":1,"), "three lone pins up close: " + close);
        assertTrue(close.contains("\"id\":" + ids[1] + ",") && close.contains("\"title\":\"Point d’eau numéro 2 " + word
                + "\""), close);
        String far = visitor.get("api/proposals/map?" + area + "&zoom=12").body();
        assertTrue(far.contains("\"count\":3,") && !far.contains("\"title\""), "one group of three from afar: " + far);
        assertEquals(0, TestProposals.number(visitor.get("api/proposals/map?" + area + "&zoom=19&theme=culture").body(),
                "total"), "the list's filters apply");
        assertEquals(0, TestProposals.number(visitor.get("api/proposals/map?bbox=5.0,45.0,5.1,45.1&zoom=12&q=" + word)
                .body(), "total"), "elsewhere");
        for (String bad : new String[]{"zoom=12", "bbox=1,2,3&zoom=12", "bbox=6.1,47.2,6.0,47.3&zoom=12",
                "bbox=a,b,c,d&zoom=12", "bbox=6.0,47.2,6.1,47.3&zoom=99", "bbox=6.0,47.2,6.1,47.3&status=LOST"}) {
            assertEquals(400, visitor.get("api/proposals/map?" + bad).statusCode(), bad);
        }

        // The list as a map: same filters, the pins listed beneath, the map's API with them
        String page = visitor.get("proposals?view=map&q=" + word).body();
        assertTrue(page.contains("3 propositions sur la carte"), page);
        assertTrue(page.contains("data-map=\"browse\"") && page.contains("/api/proposals/map?q=" + word), page);
        assertTrue(page.contains("Point d’eau numéro 3 " + word), "the list beneath the map");

        // Open data: coordinates rounded to 3 decimals (about 100 m)
        List<List<String>> csv = CsvReader.parse(visitor.get("api/opendata/v1/proposals.csv").body());
        List<String> header = csv.get(0);
        List<String> row = csv.stream().filter(r -> r.get(0).equals(Long.toString(ids[2]))).findFirst().orElseThrow();
        assertEquals("47.233", row.get(header.indexOf("latitude")), "never the exact pin (47.2327): " + row);
        assertEquals("6.02", row.get(header.indexOf("longitude")), row.toString());
    }

    @Test
    void administratorsReplaceTheBoundariesAllOrNothing() throws Exception {
        PortalClient visitor = client();
        String before = visitor.get("api/districts/boundaries").body();
        assertTrue(before.contains("\"code\":\"centre-ville\""), "the demo town's boundaries: " + before);
        assertTrue(visitor.get("api/opendata/v1/districts.geojson").body().contains("\"code\":\"centre-ville\""));
        assertTrue(visitor.get("api/opendata/v1/catalog.ttl").body().contains("districts.geojson"),
                "the boundaries are a distribution of the districts in the catalogue");
        assertEquals(401, visitor.sendJson("PUT", "api/districts/boundaries", before).statusCode());
        PortalClient citizen = client();
        citizen.registerNewCitizen("Curieux " + word());
        assertEquals(403, citizen.sendJson("PUT", "api/districts/boundaries", before).statusCode());

        PortalClient admin = client();
        TestAccounts.signInAsAdmin(admin);
        String word = word();
        HttpResponse<String> added = admin.sendJson("POST", "api/districts", "{\"name\":\"Quartier " + word + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        String code = codeOf(added.body());
        String square = "{\"type\":\"Feature\",\"properties\":{\"name\":\"quartier " + word.toUpperCase(Locale.ROOT)
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[5.0,45.0],[5.01,45.0],[5.01,45.01],"
                + "[5.0,45.01],[5.0,45.0]]]}}";
        String withSquare = before.substring(0, before.length() - 2) + "," + square + "]}";

        HttpResponse<String> unknown = admin.sendJson("PUT", "api/districts/boundaries",
                withSquare.replace("quartier " + word.toUpperCase(Locale.ROOT), "Atlantide " + word));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("Atlantide " + word), unknown.body());
        HttpResponse<String> line = admin.sendJson("PUT", "api/districts/boundaries", square.replace("Polygon", "LineString")
                .replace("[[[", "[[").replace("]]]", "]]").transform(f -> "{\"type\":\"FeatureCollection\",\"features\":[" + f + "]}"));
        assertEquals(400, line.statusCode(), line.body());
        HttpResponse<String> bow = admin.sendJson("PUT", "api/districts/boundaries", withSquare.replace(
                "[[5.0,45.0],[5.01,45.0],[5.01,45.01],[5.0,45.01],[5.0,45.0]]", "[[5.0,45.0],[5.01,45.01],[5.01,45.0],[5.0,45.01],[5.0,45.0]]"));
        assertEquals(400, bow.statusCode(), "a shape whose edges cross: " + bow.body());
        assertEquals(400, admin.sendJson("PUT", "api/districts/boundaries", "{not json").statusCode());
        assertEquals(before, visitor.get("api/districts/boundaries").body(), "nothing changed by a refused file");

        HttpResponse<String> set = admin.sendJson("PUT", "api/districts/boundaries", withSquare);
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(7, TestProposals.number(set.body(), "districts"), set.body());
        assertEquals(code, codeOf(visitor.get("api/districts/at?lat=45.005&lon=5.005").body()));
        assertTrue(admin.get("admin/audit.xhtml").body().contains("Contours des quartiers envoyés"), "in the audit log");
        assertTrue(admin.get("admin/taxonomy.xhtml").body().contains("7 quartiers ont un contour."));

        // Put back as they were
        assertEquals(200, admin.sendJson("PUT", "api/districts/boundaries", before).statusCode());
        assertEquals(404, visitor.get("api/districts/at?lat=45.005&lon=5.005").statusCode());
    }

    private static String codeOf(String json) {
        return json.replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
    }

    private PortalClient client() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static String word() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
