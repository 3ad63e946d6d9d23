package org.civitas.platform;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;

/** An account went past one of its limits; it may try again after {@code retryAfterSeconds}. */
@ApplicationException(rollback = true)
public class RateLimitedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitedException(String messageKey, int limit, long retryAfterSeconds) {
        super(Kind.TOO_MANY, messageKey, limit);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Refused until {@code until}: the seconds to wait, rounded up, at least one. */
    public static RateLimitedException until(String messageKey, int limit, Instant now, Instant until) {
        return new RateLimitedException(messageKey, limit, Math.max(1, Duration.between(now, until).toSeconds() + 1));
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
