package org.civitas.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.outbox.OutboxItem;

import java.time.Instant;

/**
 * One digest to send, through the outbox: whose and which period. Prepared for everyone at once by a digest run
 * ({@link Digests#run}); its text is written when it is sent ({@link Digests#letter}).
 */
@Entity
@Table(name = "digest_mail")
public class DigestMail extends OutboxItem {

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false)
    private Cadence cadence;

    @Column(name = "period_start", nullable = false)
    private Instant periodStart;

    @Column(name = "period_end", nullable = false)
    private Instant periodEnd;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DigestMail() {
    }

    public long getRunId() {
        return runId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public Instant getPeriodStart() {
        return periodStart;
    }

    public Instant getPeriodEnd() {
        return periodEnd;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
