package org.civitas.accounts.oidc;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OidcAttemptTest {

    @Test
    void theChallengeIsTheS256OfTheVerifierAsRfc7636Says() {
        // RFC 7636, appendix B
        OidcAttempt attempt = new OidcAttempt("p", "s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "r",
                Instant.EPOCH, null);
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", attempt.challenge());
    }

    @Test
    void eachAttemptDrawsItsOwnStateNonceAndVerifierWithinPkceLengths() {
        OidcAttempt one = OidcAttempt.start("p", "r", Instant.EPOCH);
        OidcAttempt two = OidcAttempt.start("p", "r", Instant.EPOCH);
        assertNotEquals(one.state(), two.state());
        assertNotEquals(one.nonce(), two.nonce());
        assertNotEquals(one.state(), one.nonce());
        assertTrue(one.verifier().length() >= 43 && one.verifier().length() <= 128);
    }

    @Test
    void anAttemptServesTenMinutes() {
        Instant start = Instant.parse("2026-12-03T10:00:00Z");
        OidcAttempt attempt = OidcAttempt.start("p", "r", start);
        assertTrue(attempt.isValidAt(start.plusSeconds(599)));
        assertFalse(attempt.isValidAt(start.plusSeconds(600)));
        assertFalse(attempt.isValidAt(start.minusSeconds(1)));
    }

    @Test
    void theDisplayNameComesFromTheNamesThenTheAddress() {
        assertEquals("Camille Martin", OidcClient.displayName(Map.of("given_name", "Camille", "family_name", "Martin",
                "name", "ignored"), "c@x.fr"));
        assertEquals("Camille M.", OidcClient.displayName(Map.of("name", "  Camille\t M. "), "c@x.fr"));
        assertEquals("camille.martin", OidcClient.displayName(Map.of(), "camille.martin@x.fr"));
        assertEquals(60, OidcClient.displayName(Map.of("name", "x".repeat(100)), null).length());
    }
}
