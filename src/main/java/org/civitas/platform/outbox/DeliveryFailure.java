package org.civitas.platform.outbox;

import java.io.Serial;

/**
 * A delivery that did not happen: the receiver's status when it answered (null when it did not), and whether trying
 * again later may succeed (no answer, a timeout, 408, 425, 429, a 5xx) or not (a refusal).
 */
public class DeliveryFailure extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Integer status;
    private final boolean retryable;

    public DeliveryFailure(Integer status, boolean retryable, String message) {
        super(message);
        this.status = status;
        this.retryable = retryable;
    }

    public Integer status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
