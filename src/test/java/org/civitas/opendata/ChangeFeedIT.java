package org.civitas.opendata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.civitas.testing.CsvReader;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: open data followed incrementally. A consumer who passes back the {@code as_of} each pass gave never
 * misses nor repeats a change, with writers at work while it reads; restored proposals bring their comments, answers and
 * daily votes back; a deleted account's name leaves the feed and the validators; validators change with every write.
 * The test server gives changes once settled for 1 s (CIVITAS_OPENDATA_SETTLE_SECONDS): a change shows within about
 * two seconds, which the tests poll for.
 */
@ExtendWith(Portal.class)
class ChangeFeedIT {

    private final URL base = Portal.base();

    /** One pass: every page from {@code since} until next is null; the items in order, and the pass's as_of. */
    private record Pass(List<JsonObject> items, String asOf, int pages) {
    }

    private Pass pass(PortalClient visitor, String dataset, String since, int limit) {
        // a consumer that follows closely reads more than a visitor's limit of open data per minute
        assertEquals(204, visitor.sendJson("POST", "api/test-fixtures/opendata-limits/reset", null).statusCode());
        List<JsonObject> items = new ArrayList<>();
        String next = "api/opendata/v1/" + dataset + ".json?since=" + since + "&limit=" + limit;
        String asOf = null;
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = visitor.get(next);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject json = parse(page.body());
            String pageAsOf = json.getString("as_of");
            if (asOf != null) {
                assertEquals(asOf, pageAsOf, "every page of a pass has the horizon of its first");
            }
            asOf = pageAsOf;
            json.getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
            next = json.isNull("next") ? null : json.getString("next").substring(json.getString("next").indexOf("api/opendata"));
            assertTrue(++pages < 10_000, "a pass ends");
        }
        return new Pass(items, asOf, pages);
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Passes from {@code since}, each from the last one's as_of, until one holds an item that {@code until} accepts. */
    private List<Pass> followUntil(PortalClient visitor, String dataset, String since, Predicate<JsonObject> until)
            throws InterruptedException {
        List<Pass> passes = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String from = since;
        while (System.nanoTime() < deadline) {
            Pass pass = pass(visitor, dataset, from, 1000);
            passes.add(pass);
            if (pass.items().stream().anyMatch(until)) {
                return passes;
            }
            from = pass.asOf();
            Thread.sleep(300);
        }
        throw new AssertionError("not in the " + dataset + " feed within 30 s");
    }

    private static long id(JsonObject item) {
        return item.getJsonNumber("id").longValue();
    }

    private static boolean deleted(JsonObject item) {
        return item.containsKey("deleted") && item.getBoolean("deleted");
    }

    private PortalClient citizen(String name) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.registerNewCitizen(name);
        return client;
    }

    private static long comment(PortalClient author, long proposal, String body) {
        HttpResponse<String> posted = author.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"text\":{\"body\":\"" + body + "\"}}");
        assertEquals(201, posted.statusCode(), posted.body());
        return TestProposals.number(posted.body(), "id");
    }

    /** Issue 19 (1): a page of one row gave the same row and the same cursor forever (the cursor kept milliseconds). */
    @Test
    void pagesOfOneRowChainThroughEveryChangeOnce() throws Exception {
        String since = Instant.now().minusSeconds(1).toString();
        PortalClient author = citizen("Autrice Feuilletée");
        long proposal = TestProposals.publish(author, "Feuilleter " + UUID.randomUUID(), "culture").id();
        Set<Long> written = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            written.add(comment(author, proposal, "Commentaire " + i));
        }
        PortalClient visitor = new PortalClient(base.toURI());
        long last = written.stream().max(Long::compare).orElseThrow();
        followUntil(visitor, "comments", since, item -> id(item) == last);
        Pass ones = pass(visitor, "comments", since, 1);
        List<Long> seen = ones.items().stream().map(ChangeFeedIT::id).toList();
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no row twice: " + seen);
        assertTrue(seen.containsAll(written), "every comment, one per page: " + seen);
        assertEquals(seen.size(), ones.pages(), "one row a page, the last one saying there is no more");
        Pass threes = pass(visitor, "comments", since, 3);
        assertEquals(seen, threes.items().stream().map(ChangeFeedIT::id).toList(), "the same changes whatever the page size");
    }

    /**
     * Issue 19: a consumer who always passes back the as_of of its last pass gets every change once, while writers add
     * and delete comments from several accounts at once; what it rebuilt equals the CSV.
     */
    @Test
    void followingWhileOthersWriteNeverMissesNorRepeatsAChange() throws Exception {
        String start = Instant.now().minusSeconds(1).toString();
        PortalClient author = citizen("Autrice Suivie");
        long proposal = TestProposals.publish(author, "Suivre " + UUID.randomUUID(), "culture").id();
        List<PortalClient> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writers.add(citizen("Écrivain " + i));
        }
        Set<Long> created = ConcurrentHashMap.newKeySet();
        Set<Long> removed = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> writing = new ArrayList<>();
        for (PortalClient writer : writers) {
            writing.add(pool.submit(() -> {
                for (int i = 0; i < 8; i++) {
                    long id = comment(writer, proposal, "Écrit pendant la lecture " + i);
                    created.add(id);
                    if (i % 4 == 3) {
                        assertEquals(204, writer.sendJson("DELETE", "api/comments/" + id, null).statusCode());
                        removed.add(id);
                    }
                }
                return null;
            }));
        }

        PortalClient reader = new PortalClient(base.toURI());
        Map<Long, Integer> deliveries = new HashMap<>();
        Map<Long, Boolean> present = new HashMap<>();
        String since = start;
        boolean writersDone = false;
        int quietPasses = 0;
        while (quietPasses < 2) {
            writersDone = writersDone || writing.stream().allMatch(Future::isDone);
            Pass pass = pass(reader, "comments", since, 4);
            Set<Long> inPass = new HashSet<>();
            for (JsonObject item : pass.items()) {
                long id = id(item);
                assertTrue(inPass.add(id), "a change once in a pass: " + id);
                if (item.containsKey("proposal_id") && item.getJsonNumber("proposal_id").longValue() != proposal) {
                    continue;
                }
                deliveries.merge(id, 1, Integer::sum);
                present.put(id, !deleted(item));
            }
            since = pass.asOf();
            Thread.sleep(200);
            if (writersDone) {
                // after the writers, passes until two in a row bring nothing new of theirs, the settling included
                quietPasses = pass.items().stream().anyMatch(i -> created.contains(id(i))) ? 0 : quietPasses + 1;
                Thread.sleep(1500);
            }
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        for (Future<?> f : writing) {
            f.get();
        }

        assertEquals(32, created.size());
        for (long id : created) {
            assertTrue(deliveries.containsKey(id), "every comment written reached the consumer: " + id);
            if (!removed.contains(id)) {
                assertEquals(1, deliveries.get(id), "a comment written once is given once: " + id);
                assertTrue(present.get(id), "and present: " + id);
            } else {
                assertTrue(deliveries.get(id) <= 2, "a comment written then deleted is given at most twice: " + id);
                assertFalse(present.get(id), "and ends as a tombstone: " + id);
            }
        }
        Set<Long> inCsv = new HashSet<>();
        CsvReader.parse(reader.get("api/opendata/v1/comments.csv").body()).stream().skip(1)
                .filter(r -> r.get(1).equals(String.valueOf(proposal))).forEach(r -> inCsv.add(Long.parseLong(r.get(0))));
        Set<Long> rebuilt = new HashSet<>();
        present.forEach((id, here) -> {
            if (here) {
                rebuilt.add(id);
            }
        });
        assertEquals(inCsv, rebuilt, "what the consumer rebuilt is the CSV");
    }

    /**
     * Issue 19 (2): a proposal hidden then restored came back in the feed without its comments, answers and daily
     * votes (a consumer had dropped them with its tombstone).
     */
    @Test
    void aRestoredProposalBringsBackItsCommentsAnswersAndVotes() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = citizen("Autrice Rétablie");
        long proposal = TestProposals.publish(author, "Rétablie " + word, "culture").id();
        PortalClient voter = citizen("Votante Rétablie");
        assertEquals(200, voter.sendJson("PUT", "api/proposals/" + proposal + "/vote", "{\"choice\":\"FOR\"}").statusCode());
        // Its daily line published (the job would wait for midnight): published lines come back with the proposal.
        assertEquals("true", voter.sendJson("POST", "api/test-fixtures/vote-days/publish?proposal=" + proposal, null)
                .body().strip());
        long comment = comment(voter, proposal, "Gardé " + word);
        for (String name : List.of("Signal Un " + word, "Signal Deux " + word, "Signal Trois " + word)) {
            PortalClient reporter = new PortalClient(base.toURI());
            reporter.registerCitizen(name, 30);
            assertEquals(201, reporter.sendJson("POST", "api/proposals/" + proposal + "/reports", "{\"reason\":\"SPAM\"}")
                    .statusCode());
        }
        PortalClient visitor = new PortalClient(base.toURI());
        assertEquals(404, visitor.get("api/proposals/" + proposal).statusCode(), "hidden by reports");

        Thread.sleep(1100);
        String beforeRestore = Instant.now().toString();
        Thread.sleep(50);
        PortalClient moderator = TestAccounts.signedInWithRole(base.toURI(), "Modératrice " + word, "MODERATOR");
        HttpResponse<String> kept = moderator.submitForm("moderation/decide.xhtml?target=PROPOSAL&id=" + proposal,
                "decisionForm", "keep", Map.of("target", "PROPOSAL", "id", String.valueOf(proposal), "reason", ""));
        assertTrue(kept.statusCode() == 302 || kept.statusCode() == 303, kept.statusCode() + " " + kept.body());
        assertEquals(200, visitor.get("api/proposals/" + proposal).statusCode(), "shown again");

        followUntil(visitor, "proposals", beforeRestore, i -> id(i) == proposal && !deleted(i));
        followUntil(visitor, "comments", beforeRestore, i -> id(i) == comment && !deleted(i));
        followUntil(visitor, "answers", beforeRestore, i -> i.getJsonNumber("proposal_id").longValue() == proposal);
        followUntil(visitor, "votes-daily", beforeRestore, i -> i.getJsonNumber("proposal_id").longValue() == proposal);
    }

    /**
     * Issue 19 (3) and (4): after an account is deleted its comments say "anonymous" in the feed and the old ETag no
     * longer gets 304; two writes within one second give two ETags; a deletion changes the validators too.
     */
    @Test
    void validatorsChangeWithEveryWriteAndADeletedNameLeavesTheFeed() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = citizen("Autrice Valide");
        long proposal = TestProposals.publish(author, "Valide " + word, "culture").id();
        PortalClient leaving = new PortalClient(base.toURI());
        String email = leaving.registerNewCitizen("Partant " + word);
        long comment = comment(leaving, proposal, "Bientôt anonyme " + word);

        PortalClient visitor = new PortalClient(base.toURI());
        String first = etag(visitor, "comments.csv");
        long second = comment(author, proposal, "Une seconde " + word);
        String afterOne = etag(visitor, "comments.csv");
        // an edit keeps the number of rows: only the change itself can move the validator
        assertEquals(200, author.sendJson("PUT", "api/comments/" + second,
                "{\"body\":\"Dans la même seconde " + word + "\"}").statusCode());
        String afterTwo = etag(visitor, "comments.csv");
        assertNotEquals(first, afterOne);
        assertNotEquals(afterOne, afterTwo, "two writes within a second, two validators");
        assertEquals(200, conditional(visitor, "comments.csv", "If-None-Match", afterOne).statusCode());

        Thread.sleep(2100); // settled: the dataset's last change is old enough for an HTTP date to be true
        HttpResponse<String> settled = visitor.get("api/opendata/v1/comments.csv");
        String lastModified = settled.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, conditional(visitor, "comments.csv", "If-Modified-Since", lastModified).statusCode());
        assertEquals(204, author.sendJson("DELETE", "api/comments/" + second, null).statusCode());
        String afterDeletion = etag(visitor, "comments.csv");
        assertNotEquals(afterTwo, afterDeletion, "a deleted comment changes the validator");
        assertEquals(200, conditional(visitor, "comments.csv", "If-Modified-Since", lastModified).statusCode(),
                "a deleted comment is a change for If-Modified-Since too");

        Thread.sleep(1100);
        String beforeDeletion = Instant.now().toString();
        Thread.sleep(50);
        HttpResponse<String> gone = leaving.submitForm("account/delete.xhtml", "deleteForm", "submit",
                Map.of("password", TestAccounts.PASSWORD, "confirmed", "true"));
        assertTrue(gone.statusCode() == 302 || gone.statusCode() == 303, gone.statusCode() + " " + gone.body());
        assertEquals(200, conditional(visitor, "comments.csv", "If-None-Match", afterDeletion).statusCode(),
                "the old validator no longer matches");
        List<Pass> passes = followUntil(visitor, "comments", beforeDeletion, i -> id(i) == comment);
        JsonObject renamed = passes.get(passes.size() - 1).items().stream().filter(i -> id(i) == comment).findFirst()
                .orElseThrow();
        assertFalse(renamed.getString("author").contains("Partant"), renamed.toString());
        assertFalse(visitor.get("api/opendata/v1/comments.csv").body().contains("Partant " + word));
        assertFalse(email.isEmpty());
    }

    /**
     * Issue 19 (5): one vote at 05:40:05 and a named comment at 05:40:07 said who voted (the feed gave each vote its
     * own event, to the second). Votes now leave open data by whole day, once it is over: until then neither the
     * proposals' feed, nor their validator, nor their published tallies, nor votes-daily move with a vote; after, one
     * line for the day and one change of the proposal, stamped when published, and the line says which side each
     * changed or withdrawn vote left, so that support can be rebuilt.
     */
    @Test
    void votesLeaveOpenDataByWholeDaysNeverOneByOne() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 6);
        String start = Instant.now().minusSeconds(1).toString();
        PortalClient author = citizen("Autrice Discrète");
        long proposal = TestProposals.publish(author, "Discrète " + word, "culture").id();
        PortalClient visitor = new PortalClient(base.toURI());
        followUntil(visitor, "proposals", start, i -> id(i) == proposal);
        Thread.sleep(1100); // the proposal's publication settled
        String afterPublication = Instant.now().toString();

        List<PortalClient> voters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            voters.add(citizen("Votant Discret " + i));
        }
        // a validator taken just before the votes: unless something else was published at that moment (the job's run
        // on another proposal), it still holds after them
        String validator = null;
        for (int attempt = 0; attempt < 3 && validator == null; attempt++) {
            String taken = etag(visitor, "proposals.csv");
            if (attempt == 0) {
                vote(voters.get(0), proposal, "FOR");
                vote(voters.get(0), proposal, "AGAINST");
                vote(voters.get(1), proposal, "FOR");
                assertEquals(200, voters.get(1).sendJson("DELETE", "api/proposals/" + proposal + "/vote", null)
                        .statusCode());
                vote(voters.get(2), proposal, "AGAINST");
                vote(voters.get(3), proposal, "FOR");
            } else {
                vote(voters.get(3 + attempt), proposal, "FOR");
            }
            if (conditional(visitor, "proposals.csv", "If-None-Match", taken).statusCode() == 304) {
                validator = taken;
            }
        }
        assertTrue(validator != null, "votes do not move the proposals' validator");
        String live = visitor.get("api/proposals/" + proposal).body();
        int liveFor = (int) TestProposals.number(live, "votesFor");
        int liveAgainst = (int) TestProposals.number(live, "votesAgainst");
        assertTrue(liveFor >= 1 && liveAgainst == 2, "the page counts them at once: " + live);

        Thread.sleep(1500); // past the settling: anything the votes had written would be in the feed now
        assertTrue(pass(visitor, "proposals", afterPublication, 1000).items().stream().noneMatch(i -> id(i) == proposal),
                "no change of the proposal for its votes");
        assertTrue(pass(visitor, "votes-daily", afterPublication, 1000).items().stream()
                .noneMatch(i -> i.getJsonNumber("proposal_id").longValue() == proposal), "no line of a day not over");
        Map<String, String> row = csvRow(visitor, "proposals.csv", 0, String.valueOf(proposal));
        assertEquals("0", row.get("votes_for"), "published tallies wait for the day's end: " + row);
        assertEquals("0", row.get("votes_against"), row.toString());

        Thread.sleep(1100);
        Instant beforePublishing = Instant.now();
        Thread.sleep(50);
        assertEquals("true", visitor.sendJson("POST", "api/test-fixtures/vote-days/publish?proposal=" + proposal, null)
                .body().strip(), "the day's line published as the job does after midnight");
        assertEquals("false", visitor.sendJson("POST", "api/test-fixtures/vote-days/publish?proposal=" + proposal, null)
                .body().strip(), "published once");
        List<Pass> lines = followUntil(visitor, "votes-daily", beforePublishing.toString(),
                i -> i.getJsonNumber("proposal_id").longValue() == proposal);
        JsonObject line = lines.get(lines.size() - 1).items().stream()
                .filter(i -> i.getJsonNumber("proposal_id").longValue() == proposal).findFirst().orElseThrow();
        // the CSV's times are to the second
        Instant publishing = beforePublishing.truncatedTo(ChronoUnit.SECONDS);
        assertFalse(Instant.parse(line.getString("changed_at")).isBefore(publishing),
                "stamped when published, not when a vote was cast: " + line);
        assertEquals(3 + liveFor - 1, line.getInt("votes_for"), "FOR cast, new or changed: " + line);
        assertEquals(2, line.getInt("votes_against"), "AGAINST cast, new or changed: " + line);
        assertEquals(1, line.getInt("withdrawn"), line.toString());
        assertEquals(2, line.getInt("for_removed"), "one changed to AGAINST, one withdrawn: " + line);
        assertEquals(0, line.getInt("against_removed"), line.toString());
        assertEquals(liveFor, line.getInt("votes_for") - line.getInt("for_removed"), "support rebuilt from the line");
        assertEquals(liveAgainst, line.getInt("votes_against") - line.getInt("against_removed"));

        List<Pass> changes = followUntil(visitor, "proposals", beforePublishing.toString(), i -> id(i) == proposal);
        JsonObject published = changes.get(changes.size() - 1).items().stream().filter(i -> id(i) == proposal)
                .findFirst().orElseThrow();
        assertEquals(liveFor, published.getInt("votes_for"), published.toString());
        assertEquals(liveAgainst, published.getInt("votes_against"), published.toString());
        assertFalse(Instant.parse(published.getString("changed_at")).isBefore(publishing), published.toString());
        assertEquals(200, conditional(visitor, "proposals.csv", "If-None-Match", validator).statusCode(),
                "published tallies move the validator");
    }

    private static void vote(PortalClient voter, long proposal, String choice) {
        HttpResponse<String> voted = voter.sendJson("PUT", "api/proposals/" + proposal + "/vote",
                "{\"choice\":\"" + choice + "\"}");
        assertEquals(200, voted.statusCode(), voted.body());
    }

    /** The CSV's row whose column {@code column} is {@code key}, by header name. */
    private static Map<String, String> csvRow(PortalClient visitor, String file, int column, String key) {
        List<List<String>> rows = CsvReader.parse(visitor.get("api/opendata/v1/" + file).body());
        List<String> header = rows.get(0);
        List<String> found = rows.stream().skip(1).filter(r -> r.get(column).equals(key)).findFirst().orElseThrow();
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), found.get(i));
        }
        return row;
    }

    private static String etag(PortalClient visitor, String file) {
        HttpResponse<String> response = visitor.get("api/opendata/v1/" + file);
        assertEquals(200, response.statusCode());
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> conditional(PortalClient visitor, String file, String header, String value) {
        return visitor.send(HttpRequest.newBuilder(visitor.resolve("api/opendata/v1/" + file)).header(header, value)
                .build());
    }

}
