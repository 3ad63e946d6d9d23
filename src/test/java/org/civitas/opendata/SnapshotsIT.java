package org.civitas.opendata;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                assertTrue(entries.containsKey("README.txt") && entries.get("LICENCE.txt").contains("etalab.gouv.fr"));
                assertEquals(404, client.get("api/opendata/v1/snapshots/civitas-opendata-1999-01-01.zip").statusCode());
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no snapshot listed within 90 s of start-up");
    }
}
