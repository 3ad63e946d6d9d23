package org.civitas.funding;

import java.io.Serial;

/**
 * A provider's call that did not succeed: its status when it answered (null when it did not) and what went wrong
 * (never the request, which carries the key).
 */
public class PaymentFailure extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Integer status;

    public PaymentFailure(Integer status, String message) {
        super(message);
        this.status = status;
    }

    public Integer status() {
        return status;
    }
}
