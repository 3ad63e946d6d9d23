package org.civitas.watch;

import java.io.Serial;
import java.time.Instant;

/**
 * A poll that brought nothing: the network's status when it answered (null when it did not), what went wrong (never
 * the request, which may carry a token), and the moment the network asked us to wait until (a 429's or 503's
 * {@code Retry-After}, or its rate-limit reset), null when it did not say.
 */
public class PollFailure extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Integer status;
    private final transient Instant retryAfter;

    public PollFailure(Integer status, String message, Instant retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Integer status() {
        return status;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
