package org.civitas.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One time something limited happened to a subject (see {@link RateLimiter}), kept two days. */
@Entity
@Table(name = "rate_event")
public class RateEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "limit_name", nullable = false)
    private String limitName;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected RateEvent() {
    }

    RateEvent(String limitName, String subject, Instant happenedAt) {
        this.limitName = limitName;
        this.subject = subject;
        this.happenedAt = happenedAt;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
