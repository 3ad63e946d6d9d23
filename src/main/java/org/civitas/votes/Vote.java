package org.civitas.votes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** One citizen's vote on one proposal. Proposal and account are ids: they belong to other features. */
@Entity
@Table(name = "vote")
public class Vote extends BaseEntity {

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false)
    private Choice choice;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Vote() {
    }

    Vote(long proposalId, long accountId, Choice choice, Instant now) {
        this.proposalId = proposalId;
        this.accountId = accountId;
        this.choice = choice;
        this.castAt = now;
        this.updatedAt = now;
    }

    void change(Choice next, Instant now) {
        this.choice = next;
        this.updatedAt = now;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Choice getChoice() {
        return choice;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
