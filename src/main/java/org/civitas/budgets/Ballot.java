package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;

/**
 * What counts in an envelope's vote: a voter's basket as they last confirmed it (its choices are rows of
 * {@code budget_ballot_choice}), or a paper ballot keyed in by officials. Its token is its only name outside: the
 * anonymised ballots of open data know it by that random key.
 */
@Entity
@Table(name = "budget_ballot")
public class Ballot extends ChangeTrackedEntity {

    @Column(name = "envelope_id", nullable = false, updatable = false)
    private long envelopeId;

    @Column(name = "voter_id", updatable = false)
    private Long voterId;

    @Column(name = "paper", nullable = false, updatable = false)
    private boolean paper;

    @Column(name = "token", nullable = false, updatable = false, length = 32)
    private String token;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected Ballot() {
    }

    Ballot(long envelopeId, Long voterId, boolean paper, String token, Instant now) {
        this.envelopeId = envelopeId;
        this.voterId = voterId;
        this.paper = paper;
        this.token = token;
        this.confirmedAt = now;
    }

    void confirmed(Instant now) {
        this.confirmedAt = now;
    }

    public long getEnvelopeId() {
        return envelopeId;
    }

    public boolean isPaper() {
        return paper;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
