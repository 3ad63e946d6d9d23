package org.civitas.opendata;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily snapshot is built in the background, listed with its SHA-256, and holds every CSV with its package. */
@ExtendWith(Portal.class)
class SnapshotsIT {

    private final URL base = Portal.base();

    @Test
    void todaysSnapshotIsListedDownloadableAndComplete() throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        Matcher m = null;
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            String list = client.get("api/opendata/v1/snapshots/").body();
            m = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(list);
            Matcher url = Pattern.compile("\"url\":\"([^\"]+\\.zip)\"").matcher(list);
            if (m.find() && url.find()) {
                HttpResponse<byte[]> zip = client.sendForBytes(HttpRequest.newBuilder(URI.create(url.group(1))).build());
                assertEquals(200, zip.statusCode());
                assertEquals(m.group(1), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body())),
                        "the listed checksum is the file's");
                Map<String, String> entries = new HashMap<>();
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                for (Dataset d : Dataset.values()) {
                    assertTrue(entries.containsKey(d.path() + ".csv"), d.path());
                    assertTrue(entries.get(d.path() + ".csv").startsWith(d.fields().get(0).name() + ","));
                }
                assertTrue(entries.get("datapackage.json").contains("\"path\":\"proposals.csv\""),
                        "the package points at the files beside it");
                assertTrue(entries.containsKey("README.txt") && entries.get("LICENCE.txt").contains("Licence Ouverte 2.0"));
                assertTrue(entries.get("README.txt").contains("proposals.csv: Propositions des habitants"),
                        "the README holds the data dictionary: " + entries.get("README.txt"));
                assertEquals(404, client.get("api/opendata/v1/snapshots/civitas-opendata-1999-01-01.zip").statusCode());
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no snapshot listed within 90 s of start-up");
    }

    /**
     * Issue 19 (3): what leaves the public view leaves the snapshots kept: a hidden proposal and a deleted account's
     * name were still in the day's ZIP, for 30 days.
     */
    @Test
    void whatLeavesThePublicViewLeavesTheSnapshots() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Instantané " + word);
        long kept = TestProposals.publish(author, "Gardée " + word, "culture").id();
        long hidden = TestProposals.publish(author, "Masquée " + word, "culture").id();
        PortalClient leaving = new PortalClient(base.toURI());
        leaving.registerNewCitizen("Partante " + word);
        assertEquals(201, leaving.sendJson("POST", "api/proposals/" + kept + "/comments",
                "{\"text\":{\"body\":\"Signé " + word + "\"}}").statusCode());
        HttpResponse<String> erased = author.sendJson("POST", "api/proposals/" + kept + "/comments",
                "{\"text\":{\"body\":\"Effacé " + word + "\"}}");
        assertEquals(201, erased.statusCode(), erased.body());
        long erasedId = TestProposals.number(erased.body(), "id");
        assertEquals(204, author.sendJson("POST", "api/test-fixtures/opendata-snapshot/rebuild", null).statusCode());
        Map<String, String> before = newest(author);
        assertTrue(before.get("proposals.csv").contains("Masquée " + word), "in the day's snapshot");
        assertTrue(before.get("comments.csv").contains("Partante " + word), "with its author's name");
        assertTrue(before.get("comments.csv").contains("Effacé " + word));
        String shaBefore = listedSha(author);

        // A comment its author deletes leaves on its own event, before anything else happens
        assertEquals(204, author.sendJson("DELETE", "api/comments/" + erasedId, null).statusCode());
        Map<String, String> erasedGone = before;
        for (long until = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < until
                && erasedGone.get("comments.csv").contains("Effacé " + word); ) {
            Thread.sleep(500);
            erasedGone = newest(author);
        }
        assertFalse(erasedGone.get("comments.csv").contains("Effacé " + word), "the comment its author deleted left it");
        assertTrue(erasedGone.get("comments.csv").contains("Partante " + word), "the rest is as it was");

        for (String name : List.of("Signal Un " + word, "Signal Deux " + word, "Signal Trois " + word)) {
            PortalClient reporter = new PortalClient(base.toURI());
            reporter.registerCitizen(name, 30);
            assertEquals(201, reporter.sendJson("POST", "api/proposals/" + hidden + "/reports", "{\"reason\":\"SPAM\"}")
                    .statusCode());
        }
        HttpResponse<String> gone = leaving.submitForm("account/delete.xhtml", "deleteForm", "submit",
                Map.of("password", TestAccounts.PASSWORD, "confirmed", "true"));
        assertTrue(gone.statusCode() == 302 || gone.statusCode() == 303, String.valueOf(gone.statusCode()));

        long deadline = System.currentTimeMillis() + 30_000;
        Map<String, String> after = before;
        while (System.currentTimeMillis() < deadline && (after.get("proposals.csv").contains("Masquée " + word)
                || after.get("comments.csv").contains("Partante " + word))) {
            Thread.sleep(500);
            after = newest(author);
        }
        assertFalse(after.get("proposals.csv").contains("Masquée " + word), "the hidden proposal left the snapshot");
        assertFalse(after.get("comments.csv").contains("Partante " + word), "the deleted account's name left it");
        assertTrue(after.get("comments.csv").contains("Signé " + word), "its comment stays, anonymous");
        assertTrue(after.get("proposals.csv").contains("Gardée " + word), "what is still public stays");
        assertFalse(shaBefore.equals(listedSha(author)), "the list gives the rewritten file's checksum");
    }

    private Map<String, String> newest(PortalClient client) throws Exception {
        Matcher url = Pattern.compile("\"url\":\"([^\"]+\\.zip)\"").matcher(client.get("api/opendata/v1/snapshots/").body());
        assertTrue(url.find());
        HttpResponse<byte[]> zip = client.sendForBytes(HttpRequest.newBuilder(URI.create(url.group(1))).build());
        assertEquals(200, zip.statusCode());
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private String listedSha(PortalClient client) {
        Matcher m = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(client.get("api/opendata/v1/snapshots/").body());
        assertTrue(m.find());
        return m.group(1);
    }
}
