package org.civitas.accounts.oidc;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A sign-in started with a provider and not finished yet, kept in the browser's HTTP session (so sessions in the
 * database carry it to whichever server gets the callback): the {@code state} that the callback must bring back, the
 * {@code nonce} the ID token must hold, and the PKCE verifier whose S256 challenge went to the provider. Used once,
 * and only within {@link #LIFETIME}. An attempt started from <em>My account</em> links the provider's person to the
 * account signed in ({@code linkTo}) rather than signing in.
 */
public record OidcAttempt(String provider, String state, String nonce, String verifier, String redirectUri,
                          Instant startedAt, Long linkTo) implements Serializable {

    /** How long a person may take at the provider before the callback is refused. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    public static OidcAttempt start(String provider, String redirectUri, Instant now) {
        return new OidcAttempt(provider, random(), random(), random(), redirectUri, now, null);
    }

    /** An attempt to link the provider's person to the account {@code accountId}, signed in already. */
    public static OidcAttempt link(String provider, String redirectUri, Instant now, long accountId) {
        return new OidcAttempt(provider, random(), random(), random(), redirectUri, now, accountId);
    }

    /** A random value for the session's link token ({@code OidcSessions.linkToken}). */
    static String token() {
        return random();
    }

    public boolean isValidAt(Instant now) {
        return !now.isBefore(startedAt) && now.isBefore(startedAt.plus(LIFETIME));
    }

    /** The PKCE challenge (RFC 7636, S256): base64url of the SHA-256 of the verifier, without padding. */
    public String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 256 random bits, base64url: unguessable, and within PKCE's 43 to 128 characters. */
    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "OidcAttempt[" + provider + ", " + startedAt + (linkTo == null ? "" : ", link to " + linkTo) + "]";
    }
}
