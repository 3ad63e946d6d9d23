package org.civitas.funding;

/** A payment's state as a provider reports it (notification, answer, reconciliation). */
public enum PaymentStatus {
    PENDING, AUTHORIZED, PAID, FAILED, CANCELLED, REFUNDED
}
