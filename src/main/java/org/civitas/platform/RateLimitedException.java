package org.civitas.platform;

import jakarta.ejb.ApplicationException;

import java.io.Serial;

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

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
