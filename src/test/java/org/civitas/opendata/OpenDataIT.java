package org.civitas.opendata;

import org.civitas.testing.CsvReader;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data exports: only what a visitor sees (no draft, no hidden or deleted item, no personal field, votes
 * as daily totals), CSV as RFC 4180 asks, JSON pages that chain to the whole dataset, the change feed with
 * tombstones, and HTTP done right (304, gzip, CORS, problems, a per-address limit).
 */
@ExtendWith(Portal.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataIT {

    private final URL base = Portal.base();

    private static List<String[]> parse(String csv) {
        return CsvReader.parse(csv).stream().map(r -> r.toArray(new String[0])).toList();
    }

    private static Set<Long> ids(String json) {
        Set<Long> ids = new HashSet<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+)").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    @Order(1)
    void exportsHoldExactlyWhatVisitorsSeeAndNothingPersonal() throws Exception {
        String word = "od" + UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = new PortalClient(base.toURI());
        String authorEmail = author.registerNewCitizen("Autrice Ouverte");
        long visible = TestProposals.publish(author, "Visible " + word, "culture").id();
        long hidden = TestProposals.publish(author, "Cachée " + word, "culture").id();
        long withdrawn = TestProposals.publish(author, "Retirée " + word, "culture").id();
        assertEquals(200, author.sendJson("POST", "api/proposals/" + withdrawn + "/withdraw", null).statusCode());
        long draft = TestProposals.number(author.sendJson("POST", "api/proposals",
                TestProposals.json("Brouillon " + word, "culture", null)).body(), "id");
        PortalClient voter = new PortalClient(base.toURI());
        String voterEmail = voter.registerNewCitizen("Votant Ouvert");
        assertEquals(200, voter.sendJson("PUT", "api/proposals/" + visible + "/vote", "{\"choice\":\"FOR\"}").statusCode());
        long kept = TestProposals.number(voter.sendJson("POST", "api/proposals/" + visible + "/comments",
                "{\"text\":{\"body\":\"Commentaire public " + word + "\"}}").body(), "id");
        long deleted = TestProposals.number(voter.sendJson("POST", "api/proposals/" + visible + "/comments",
                "{\"text\":{\"body\":\"Commentaire supprimé " + word + "\"}}").body(), "id");
        assertEquals(204, voter.sendJson("DELETE", "api/comments/" + deleted, null).statusCode());

        PortalClient fixtures = new PortalClient(base.toURI());
        PortalClient registering = new PortalClient(base.toURI());
        String officialEmail = registering.registerNewCitizen("Élu Ouvert");
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + officialEmail, null).statusCode());
        PortalClient official = new PortalClient(base.toURI());
        assertEquals(302, official.signIn(officialEmail, TestAccounts.PASSWORD).statusCode());
        assertEquals(302, official.submitForm("review/answer.xhtml?id=" + visible, "answerForm", "sendAnswer",
                Map.of("id", String.valueOf(visible), "decision", "ACCEPTED", "body", "Réponse officielle " + word,
                        "cost", "12500,50")).statusCode());

        Instant beforeHiding = Instant.now().minusSeconds(1);
        for (String name : List.of("Signal Un", "Signal Deux", "Signal Trois")) {
            PortalClient reporter = new PortalClient(base.toURI());
            reporter.registerCitizen(name, 30); // old enough for its report to count
            assertEquals(201, reporter.sendJson("POST", "api/proposals/" + hidden + "/reports", "{\"reason\":\"SPAM\"}").statusCode());
        }

        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> proposals = visitor.get("api/opendata/v1/proposals.csv");
        assertEquals(200, proposals.statusCode());
        assertTrue(proposals.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("*", proposals.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(proposals.body().endsWith("\r\n"));
        List<String[]> rows = parse(proposals.body());
        assertEquals(String.join(",", Dataset.PROPOSALS.fields().stream().map(Field::name).toList()),
                String.join(",", rows.get(0)), "the header names the declared fields");
        Map<Long, String[]> byId = new HashMap<>();
        rows.stream().skip(1).forEach(r -> byId.put(Long.parseLong(r[0]), r));
        assertTrue(byId.containsKey(visible));
        assertFalse(byId.containsKey(hidden), "hidden by reports: not exported");
        assertFalse(byId.containsKey(draft), "a draft is private");
        assertEquals("Retirée " + word, byId.get(withdrawn)[1]);
        assertTrue(byId.get(withdrawn)[7].equals("true"),
                "withdrawn proposals stay, flagged");
        assertEquals("Autrice Ouverte", byId.get(visible)[8]);
        assertEquals("ACCEPTED", byId.get(visible)[6]);
        int url = List.of(rows.get(0)).indexOf("url");
        assertTrue(byId.get(visible)[url].endsWith("/proposals/" + visible + "/visible-" + word), byId.get(visible)[url]);
        assertTrue(byId.get(visible)[9].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), "ISO 8601 UTC");

        String comments = visitor.get("api/opendata/v1/comments.csv").body();
        assertTrue(comments.contains("Commentaire public " + word));
        assertFalse(comments.contains("Commentaire supprimé " + word), "deleted comments leave");
        assertTrue(parse(comments).stream().anyMatch(r -> r[0].equals(String.valueOf(kept))
                && r[1].equals(String.valueOf(visible)) && r[2].isEmpty() && r[3].equals("Votant Ouvert")));

        String answers = visitor.get("api/opendata/v1/answers.csv").body();
        assertTrue(answers.contains("," + visible + ",PUBLISHED,ACCEPTED,"), "the history step");
        assertTrue(answers.contains(",true,Élu Ouvert,Réponse officielle " + word + ",12500.5,"), "with its answer");
        assertFalse(visitor.get("api/opendata/v1/votes-daily.csv").body().contains("\r\n" + visible + ","),
                "today's votes wait for the day to be over");
        assertEquals("true", fixtures.sendJson("POST", "api/test-fixtures/vote-days/publish?proposal=" + visible, null)
                .body().strip());
        String days = visitor.get("api/opendata/v1/votes-daily.csv").body();
        assertTrue(days.contains("\r\n" + visible + ","), "a daily line for the voted proposal, once published");
        assertTrue(visitor.get("api/opendata/v1/themes.csv").body().contains("culture,Culture"));
        assertTrue(visitor.get("api/opendata/v1/districts.csv").body().startsWith("code,name\r\n"));

        StringBuilder everything = new StringBuilder();
        for (Dataset d : Dataset.values()) {
            everything.append(visitor.get("api/opendata/v1/" + d.path() + ".csv").body());
            everything.append(visitor.get("api/opendata/v1/" + d.path() + ".json?limit=10000").body());
        }
        String all = everything.toString();
        for (String secret : List.of(authorEmail, voterEmail, officialEmail, "Cachée " + word, "Brouillon " + word,
                "Commentaire supprimé " + word, "PBKDF2", "127.0.0.1", "CIVITAS_SESSION", "LtpaToken")) {
            assertFalse(all.contains(secret), "the exports leak " + secret);
        }
        assertFalse(Pattern.compile("[\\w.+-]+@civitas\\.test").matcher(all).find(), "no email address at all");
        assertFalse(all.contains("\"choice\"") || all.contains("account_id"), "no individual vote, no account id");

        // the feed gives changes once settled (1 s on the test server)
        HttpResponse<String> changes = null;
        for (int i = 0; i < 50 && (changes == null || !changes.body().contains("{\"id\":" + hidden + ",")); i++) {
            Thread.sleep(i == 0 ? 0 : 200);
            changes = visitor.get("api/opendata/v1/proposals.json?since=" + beforeHiding + "&limit=10000");
            assertEquals(200, changes.statusCode(), changes.body());
        }
        assertTrue(changes.body().contains("{\"id\":" + hidden + ",\"deleted\":true,\"at\":\""), "a tombstone: " + changes.body());
        assertFalse(changes.body().contains("Cachée " + word));
    }

    @Test
    @Order(2)
    void jsonPagesChainThroughTheWholeDatasetWithoutGapsOrRepeats() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        Set<Long> fromCsv = new HashSet<>();
        parse(visitor.get("api/opendata/v1/proposals.csv").body()).stream().skip(1).forEach(r -> fromCsv.add(Long.parseLong(r[0])));
        Set<Long> fromPages = new HashSet<>();
        int pages = 0;
        String next = "api/opendata/v1/proposals.json?limit=7";
        while (next != null) {
            HttpResponse<String> page = visitor.get(next);
            assertEquals(200, page.statusCode(), page.body());
            Set<Long> ids = ids(page.body());
            assertTrue(ids.size() <= 7);
            for (Long id : ids) {
                assertTrue(fromPages.add(id), "no repeat: " + id);
            }
            Matcher m = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(page.body());
            next = m.find() ? m.group(1).substring(m.group(1).indexOf("api/opendata")) : null;
            pages++;
        }
        assertEquals(fromCsv, fromPages);
        assertTrue(pages >= 2, "more than one page");
    }

    @Test
    @Order(3)
    void httpCachingCompressionAndProblems() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> first = visitor.get("api/opendata/v1/themes.csv");
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age=300"));
        HttpResponse<String> again = visitor.send(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/themes.csv"))
                .header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        HttpResponse<byte[]> zipped = visitor.sendForBytes(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/proposals.csv"))
                .header("Accept-Encoding", "gzip").build());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals((byte) 0x1f, zipped.body()[0]);

        HttpResponse<String> unknown = visitor.get("api/opendata/v1/votes.csv");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        assertTrue(unknown.body().contains("votes-daily"), "the problem lists the datasets: " + unknown.body());
        assertEquals(400, visitor.get("api/opendata/v1/proposals.json?since=yesterday").statusCode());
        assertEquals(400, visitor.get("api/opendata/v1/proposals.json?cursor=%25%25").statusCode());
        assertEquals(400, visitor.get("api/opendata/v1/proposals.json?limit=0").statusCode());
        assertEquals(204, visitor.send(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/proposals.csv"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://data.example")
                .header("Access-Control-Request-Method", "GET").build()).statusCode());
    }

    @Test
    @Order(4)
    void tooManyRequestsFromOneAddressGetA429WithRetryAfter() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> limited = null;
        for (int i = 0; i < 130 && limited == null; i++) {
            HttpResponse<String> r = visitor.get("api/opendata/v1");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(200, r.statusCode());
            }
        }
        assertNotNull(limited, "the 121st request in a minute is refused");
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertTrue(limited.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        // The other tests come from this address too: they start with a fresh count.
        assertEquals(204, visitor.sendJson("POST", "api/test-fixtures/opendata-limits/reset", null).statusCode());
    }

    /**
     * Issue 19 (4) and (6): the catalogue follows quality values and offers RDF/XML, keeps Vary: Accept beside
     * Accept-Encoding, a dataset's IRI answers with its description, and every answer has a validator.
     */
    @Test
    @Order(5)
    void theCatalogueNegotiatesAndEveryAnswerHasAValidator() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> turtle = visitor.send(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/catalog"))
                .header("Accept", "application/ld+json;q=0.5, text/turtle;q=0.9").build());
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        String vary = String.join(",", turtle.headers().allValues("Vary")).toLowerCase();
        assertTrue(vary.contains("accept-encoding") && vary.replace("accept-encoding", "").contains("accept"), vary);
        HttpResponse<String> xml = visitor.send(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/catalog"))
                .header("Accept", "application/rdf+xml").build());
        assertEquals(200, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        assertTrue(xml.body().contains("<rdf:RDF") && xml.body().contains("http://www.w3.org/ns/dcat#Dataset"), xml.body());
        assertEquals(406, visitor.send(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/catalog"))
                .header("Accept", "text/html").build()).statusCode());

        HttpResponse<String> dataset = visitor.send(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/proposals"))
                .header("Accept", "text/turtle").build());
        assertEquals(200, dataset.statusCode(), dataset.body());
        assertTrue(dataset.body().contains("/api/opendata/v1/proposals>") && dataset.body().contains("dcat:Dataset")
                && dataset.body().contains("proposals.csv#distribution"), dataset.body());
        assertFalse(dataset.body().contains("/api/opendata/v1/comments>"), "only what is said of the dataset");
        assertEquals(404, visitor.get("api/opendata/v1/nothing").statusCode());

        for (String path : List.of("api/opendata/v1", "api/opendata/v1/datapackage.json", "api/opendata/v1/snapshots",
                "api/opendata/v1/catalog.ttl", "api/opendata/v1/catalog.rdf", "api/opendata/v1/proposals")) {
            // The catalogue and the snapshot list change when a snapshot is written (at start-up, or rewritten after
            // another test hid something): an answer that changed between the two requests gives a new validator,
            // and the pair is asked again; an unchanged one must give 304.
            int status = 0;
            for (int attempt = 0; attempt < 5 && status != 304; attempt++) {
                HttpResponse<String> first = visitor.get(path);
                assertEquals(200, first.statusCode(), path);
                String etag = first.headers().firstValue("ETag").orElse(null);
                assertNotNull(etag, path);
                HttpResponse<String> again = visitor.send(HttpRequest.newBuilder(visitor.resolve(path))
                        .header("If-None-Match", etag).build());
                status = again.statusCode();
                if (status != 304) {
                    assertEquals(200, status, path);
                    assertNotEquals(etag, again.headers().firstValue("ETag").orElse(null),
                            path + ": a 200 to If-None-Match carries another validator");
                    Thread.sleep(1000);
                }
            }
            assertEquals(304, status, path);
        }
    }
}
