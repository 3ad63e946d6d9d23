package org.civitas.accounts.oidc;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A person the provider vouched for whose address a local account already uses: kept in their session for
 * {@link #LIFETIME} while they give that account's password (link-account.xhtml).
 */
public record PendingLink(String provider, String subject, String email, String idToken, Instant since)
        implements Serializable {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public boolean isValidAt(Instant now) {
        return !now.isBefore(since) && now.isBefore(since.plus(LIFETIME));
    }

    @Override
    public String toString() {
        return "PendingLink[" + provider + ", " + since + "]";
    }
}
