package org.civitas.testing;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real OpenID provider on loopback for the sign-in tests: NAV's mock-oauth2-server (discovery, JWKS, authorization
 * with its login form, token with PKCE, userinfo, end session), on port {@code it.oidc.port}, issuer {@code default}.
 * The test server knows it as provider {@code it} (src/test/liberty/server.env). Started once for the whole test run
 * and never stopped before the JVM ends: its signing key is drawn at start, and the portal keeps the keys it read.
 * Its login form asks for a subject and, optionally, the claims (JSON) to add to the tokens.
 */
public final class IdentityProvider {

    /** The provider's id in the portal's configuration. */
    public static final String ID = "it";

    private static MockOAuth2Server server;

    private IdentityProvider() {
    }

    public static int port() {
        return Integer.getInteger("it.oidc.port", 8189);
    }

    /** Starts the provider unless it runs already. */
    public static synchronized void start() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
            started.start(InetAddress.getLoopbackAddress(), port());
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            server = started;
        }
    }

    /**
     * Signs in at the provider's login form, as a person would, from the redirect that sent {@code client} there;
     * answers the provider's redirect back to the portal's callback.
     */
    public static HttpResponse<String> signIn(PortalClient client, HttpResponse<String> toProvider, String subject,
                                              Map<String, Object> claims) {
        start();
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect to the provider: " + toProvider.statusCode())));
        String json = claims.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(json, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(authorize).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
