package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A provider's notification, kept by its id so that a repeat is recognised: what it said, and whether it moved a pledge. */
@Entity
@Table(name = "funding_payment_event")
public class PaymentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider", nullable = false, length = 40)
    private String provider;

    @Column(name = "event_id", nullable = false, length = 200)
    private String eventId;

    @Column(name = "pledge_id")
    private Long pledgeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PaymentStatus status;

    @Column(name = "applied", nullable = false)
    private boolean applied;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected PaymentEvent() {
    }

    PaymentEvent(String provider, String eventId, Long pledgeId, PaymentStatus status, boolean applied, Instant now) {
        this.provider = provider;
        this.eventId = eventId;
        this.pledgeId = pledgeId;
        this.status = status;
        this.applied = applied;
        this.receivedAt = now;
    }
}
