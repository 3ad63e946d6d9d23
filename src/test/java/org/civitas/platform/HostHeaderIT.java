package org.civitas.platform;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Host header is the caller's to choose: links in what caches keep or other sites show (feeds, the open-data
 * catalogue and pages, oEmbed, link previews) come from the portal's public address, never from a host someone
 * typed. The test server has no CIVITAS_PUBLIC_URL, so the allow-list (this machine's names) decides.
 */
@ExtendWith(Portal.class)
class HostHeaderIT {

    private final URL base = Portal.base();

    @Test
    void linksNeverNameAHostTheCallerChose() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteure Hôte");
        TestProposals.Published proposal = TestProposals.publish(author, "Un hôte qui ne trompe personne", "culture");
        String page = base.getPath() + proposal.path();
        for (String path : List.of("/feeds/proposals.atom", "/feeds/proposals.rss", "/api/opendata/v1/",
                "/api/opendata/v1/catalog.jsonld", "/api/opendata/v1/catalog.ttl", "/api/opendata/v1/datapackage.json",
                "/api/opendata/v1/proposals.json?limit=1", "/oembed?url=" + URLEncoder.encode("http://localhost:"
                        + base.getPort() + page, StandardCharsets.UTF_8), page, "/sitemap.xml", "/robots.txt", "/opendata")) {
            String answer = get(path, "evil.example:" + base.getPort());
            assertTrue(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 3"), path + ": " + head(answer));
            assertFalse(answer.contains("evil.example"), path + " names the caller's host:\n" + answer);
            String plain = get(path, "localhost:" + base.getPort());
            assertTrue(plain.contains("http://localhost:" + base.getPort()), path + " has links: " + head(plain));
        }
    }

    /** A GET with the Host header as given (Java's HTTP client does not let a test set it). */
    private String get(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Language: fr\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String head(String answer) {
        return answer.substring(0, Math.min(400, answer.length()));
    }
}
