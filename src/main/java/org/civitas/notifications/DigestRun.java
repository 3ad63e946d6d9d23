package org.civitas.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** A digest run: the mails of one cadence for one period, prepared once (its period's end is unique per cadence). */
@Entity
@Table(name = "digest_run")
public class DigestRun extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false)
    private Cadence cadence;

    @Column(name = "period_start", nullable = false)
    private Instant periodStart;

    @Column(name = "period_end", nullable = false)
    private Instant periodEnd;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** How many digests it prepared. */
    @Column(name = "prepared")
    private Integer prepared;

    protected DigestRun() {
    }

    DigestRun(Cadence cadence, Instant periodStart, Instant periodEnd, Instant now) {
        this.cadence = cadence;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.startedAt = now;
    }

    void finished(int count, Instant now) {
        prepared = count;
        finishedAt = now;
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

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Integer getPrepared() {
        return prepared;
    }
}
