package org.civitas.funding;

import java.util.Optional;

/**
 * A pledge's life, driven by what the provider reports, in whatever order its reports arrive: waiting for the backer
 * to pay; authorised (all-or-nothing: the money is held); paid; failed (the backer may still pay on the provider's
 * page); cancelled (by the backer, or because the campaign failed); refunded. {@link #after} is the only place the
 * moves are written: a report that would go back (an "authorised" after "paid", a "failed" after "paid") changes
 * nothing, so that repeated and out-of-order notifications leave the pledge where the furthest report put it.
 */
public enum PledgeState {
    PENDING, AUTHORIZED, PAID, FAILED, CANCELLED, REFUNDED;

    /** Whether the campaign's totals count it: the money is held or taken. */
    public boolean counted() {
        return this == AUTHORIZED || this == PAID;
    }

    /** Whether nothing more can happen to it. */
    public boolean finished() {
        return this == CANCELLED || this == REFUNDED;
    }

    /** The state after the provider reports {@code status}; empty when the report changes nothing. */
    public Optional<PledgeState> after(PaymentStatus status) {
        PledgeState next = switch (status) {
            case PENDING -> PENDING;
            case AUTHORIZED -> AUTHORIZED;
            case PAID -> PAID;
            case FAILED -> FAILED;
            case CANCELLED -> CANCELLED;
            case REFUNDED -> REFUNDED;
        };
        boolean moves = switch (this) {
            case PENDING -> next != PENDING;
            case FAILED -> next == AUTHORIZED || next == PAID || next == CANCELLED;
            case AUTHORIZED -> next == PAID || next == CANCELLED || next == FAILED || next == REFUNDED;
            case PAID -> next == REFUNDED;
            case CANCELLED, REFUNDED -> false;
        };
        return moves ? Optional.of(next) : Optional.empty();
    }
}
