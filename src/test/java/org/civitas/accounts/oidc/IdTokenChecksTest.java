package org.civitas.accounts.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ID token's checks, against a real provider (mock-oauth2-server on a free loopback port: its discovery and keys)
 * and tokens it issues, or tokens altered or forged here.
 */
class IdTokenChecksTest {

    private static MockOAuth2Server server;
    private static OidcProvider provider;
    private static OidcClient client;

    @BeforeAll
    static void start() {
        server = new MockOAuth2Server();
        server.start();
        String issuer = server.issuerUrl("default").toString().replaceAll("/$", "");
        provider = new OidcProvider("test", "Test", issuer, "civitas", "a-client-secret-of-at-least-32-bytes!!",
                "openid", List.of(), false, false);
        client = new OidcClient(Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.shutdown();
    }

    private static String token(String audience, Map<String, Object> claims, long expirySeconds) {
        return server.issueToken("default", "subject-1", audience, claims, expirySeconds).serialize();
    }

    @Test
    void aTokenOfTheProviderForThisClientWithTheNonceIsAccepted() {
        JWTClaimsSet claims = client.verifyIdToken(provider, token("civitas", Map.of("nonce", "n-1"), 300), "n-1");
        assertEquals("subject-1", claims.getSubject());
    }

    @Test
    void aDiscoveryDocumentNamingAnotherIssuerIsRefused() throws Exception {
        // ASVS 10.5.3: a provider whose metadata names another issuer (a mix-up, an impersonation) is not used
        HttpServer impostor = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        impostor.createContext("/", exchange -> {
            byte[] body = ("{\"issuer\":\"" + provider.issuer() + "\",\"authorization_endpoint\":\"http://x/a\","
                    + "\"token_endpoint\":\"http://x/t\",\"jwks_uri\":\"http://x/j\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        impostor.start();
        try {
            OidcProvider pretender = new OidcProvider("pretender", "Pretender", "http://localhost:"
                    + impostor.getAddress().getPort() + "/default", "civitas", provider.clientSecret(), "openid",
                    List.of(), false, false);
            OidcFailure refused = assertThrows(OidcFailure.class,
                    () -> new OidcClient(Clock.systemUTC()).discovery(pretender));
            assertEquals(OidcFailure.Reason.UNAVAILABLE, refused.reason());
            assertTrue(refused.getMessage().contains("names another issuer"), refused.getMessage());
        } finally {
            impostor.stop(0);
        }
        // The provider's own document is accepted
        assertTrue(new OidcClient(Clock.systemUTC()).discovery(provider).authorization()
                .startsWith(provider.issuer()));
    }

    @Test
    void anotherNonceAnotherAudienceOrAnExpiredTokenIsRefused() {
        assertRefused(token("civitas", Map.of("nonce", "n-1"), 300), "n-2");
        assertRefused(token("civitas", Map.of(), 300), "n-1");
        assertRefused(token("another-client", Map.of("nonce", "n-1"), 300), "n-1");
        assertRefused(token("civitas", Map.of("nonce", "n-1"), -120), "n-1");
    }

    @Test
    void anAlteredSignatureAForeignKeyOrNoSignatureIsRefused() throws Exception {
        String genuine = token("civitas", Map.of("nonce", "n-1"), 300);
        String[] parts = genuine.split("\\.");
        String otherPayload = token("civitas", Map.of("nonce", "n-1", "email", "attacker@example.org"), 300).split("\\.")[1];
        assertRefused(parts[0] + "." + otherPayload + "." + parts[2], "n-1");

        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(provider.issuer()).audience("civitas").subject("s")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).claim("nonce", "n-1").build();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("default")
                .type(JOSEObjectType.JWT).build(), claims);
        foreign.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID("default").generate()));
        assertRefused(foreign.serialize(), "n-1");

        assertRefused(new PlainJWT(claims).serialize(), "n-1");

        // HS256 with the client secret: only from a provider whose discovery lists it (this one does not)
        SignedJWT mac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        mac.sign(new MACSigner(provider.clientSecret().getBytes(StandardCharsets.UTF_8)));
        assertRefused(mac.serialize(), "n-1");
    }

    @Test
    void anAskedLevelOfAssuranceMustBeThere() {
        OidcProvider eidas = new OidcProvider("eidas", "Eidas", provider.issuer(), "civitas", provider.clientSecret(),
                "openid", List.of("eidas1"), true, false);
        OidcClient fresh = new OidcClient(Clock.systemUTC());
        assertRefused(fresh, eidas, token("civitas", Map.of("nonce", "n-1"), 300), "n-1");
        assertRefused(fresh, eidas, token("civitas", Map.of("nonce", "n-1", "acr", "eidas0"), 300), "n-1");
        assertEquals("subject-1", fresh.verifyIdToken(eidas,
                token("civitas", Map.of("nonce", "n-1", "acr", "eidas1"), 300), "n-1").getSubject());
    }

    private static void assertRefused(String token, String nonce) {
        assertRefused(client, provider, token, nonce);
    }

    private static void assertRefused(OidcClient client, OidcProvider provider, String token, String nonce) {
        OidcFailure failure = assertThrows(OidcFailure.class, () -> client.verifyIdToken(provider, token, nonce));
        assertEquals(OidcFailure.Reason.TOKEN, failure.reason(), failure.getMessage());
    }
}
