package org.civitas.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The portal every integration test speaks to: one server (civitas-it), started once by Maven before the tests with
 * the portal's WAR and the test fixtures at "/" (see pom.xml), so that no test class deploys anything. A test class
 * declares {@code @ExtendWith(Portal.class)}: before its first test, the extension waits until the portal is ready
 * (once per test run).
 */
public final class Portal implements BeforeAllCallback {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static volatile boolean ready;
    /** Why the portal could not be used, once found: later test classes fail at once instead of waiting again. */
    private static volatile IllegalStateException unusable;

    /** The portal's address, ending with "/" ({@code it.base.url}, set by the failsafe configuration). */
    public static URL base() {
        try {
            return URI.create(System.getProperty("it.base.url", "http://localhost:9080/")).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!ready) {
            waitUntilReady();
        }
    }

    private static synchronized void waitUntilReady() throws InterruptedException {
        if (ready) {
            return;
        }
        if (unusable != null) {
            throw unusable;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "health/ready")).timeout(Duration.ofSeconds(10))
                .GET().build();
        Instant until = Instant.now().plus(READY_WITHIN);
        String last = "no answer";
        while (Instant.now().isBefore(until)) {
            checkPortsAreItsOwn();
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    ready = true;
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        unusable = new IllegalStateException("The portal at " + base() + " was not ready within " + READY_WITHIN + " ("
                + last + "); the server's log says:\n" + logTail());
        throw unusable;
    }

    /**
     * A port already taken (a test server left running by an interrupted build, say) does not stop Liberty from
     * starting: the tests would then speak to that other server, whose configuration and code are not this build's.
     */
    private static void checkPortsAreItsOwn() {
        try {
            List<String> refused = Files.readAllLines(log()).stream().filter(line -> line.contains("CWWKO0221E")).toList();
            if (!refused.isEmpty()) {
                unusable = new IllegalStateException("The test server could not take its ports: another process holds "
                        + "them (stop it, e.g. a server left running: ps aux | grep ws-javaagent):\n"
                        + String.join("\n", refused));
                throw unusable;
            }
        } catch (IOException e) {
            // No log to read (a server started by hand elsewhere): nothing to check
        }
    }

    /** The test server's log (messages.log), as far as it is written. */
    public static Path log() {
        return Path.of(System.getProperty("server.log", "target/liberty/wlp/usr/servers/civitas-it/logs/messages.log"));
    }

    /** The port of the stand-in SMTP server that mail tests start (the test server sends mail there). */
    public static int mailPort() {
        return Integer.getInteger("it.mail.port", 3025);
    }

    /** The port of the stand-in for the networks' APIs (WireMock) that publishing tests start. */
    public static int wireMockPort() {
        return Integer.getInteger("it.wiremock.port", 8089);
    }

    /** The last lines of the test server's log, for a failure message. */
    public static String logTail() {
        Path log = log();
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
