package org.civitas.votes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.civitas.platform.BaseEntity;
import org.civitas.proposals.ProposalStatus;

import java.time.Instant;

/**
 * A proposal's tallies: the counter columns of the {@code proposal} row that votes own (lists sort on them without a
 * join), with the few columns deciding a vote reads. A vote locks and updates these, not the whole proposal with its
 * text (the proposals feature's entity, on the same row, only reads the counters). Writing through it raises the
 * row's version like any write of the proposal, so an edit begun before a vote still meets its version check; it does
 * not stamp the row's change time, and counts its write in {@code vote_writes}: open data must not tell when a vote
 * was cast (issue 19), so its change feed and validators leave these writes out, and it publishes the tallies of the
 * days over ({@code public_votes_*}, written by {@link VoteDayPublication}), not the live ones. The vote path never has
 * the whole proposal loaded; the threshold's announcement comes after a flush (see {@link ProposalTallies#adjust}).
 */
@Entity
@Table(name = "proposal")
// The lock as EclipseLink's hint, not the query's lockMode: EclipseLink applies a lockMode to the query at each
// execution, which discards its prepared SQL (the SELECT was generated again for every vote); the hint is part of the
// query as prepared once. Same statement, SELECT ... FOR UPDATE, and the row counts as locked by this transaction.
@NamedQuery(name = ProposalTally.LOCKED, query = "SELECT t FROM ProposalTally t WHERE t.id = :id",
        hints = @QueryHint(name = "eclipselink.pessimistic-lock", value = "Lock"))
public class ProposalTally extends BaseEntity {

    /** Reads a proposal's tallies and locks its row until the end of the transaction (prepared once, unlike a find). */
    static final String LOCKED = "ProposalTally.locked";

    @Enumerated(EnumType.STRING)
    @Column(name = "status", insertable = false, updatable = false)
    private ProposalStatus status;

    @Column(name = "closes_at", insertable = false, updatable = false)
    private Instant closesAt;

    @Column(name = "hidden_at", insertable = false, updatable = false)
    private Instant hiddenAt;

    @Column(name = "votes_for", nullable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false)
    private int votesAgainst;

    /** The writes of the row that only votes made (see the class comment). */
    @Column(name = "vote_writes", nullable = false)
    private long voteWrites;

    @Column(name = "public_votes_for", nullable = false)
    private int publicVotesFor;

    @Column(name = "public_votes_against", nullable = false)
    private int publicVotesAgainst;

    /** Set when the write publishes tallies: the one write through this entity that open data must see. */
    @Transient
    private boolean publishing;

    /** The row's change time as open data reads it: written here only when the published tallies move. */
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ProposalTally() {
    }

    /** Changes the counters by a vote's effect; they never go below zero (a check constraint says so too). */
    void adjust(int deltaFor, int deltaAgainst) {
        if (votesFor + deltaFor < 0 || votesAgainst + deltaAgainst < 0) {
            throw new IllegalStateException("Tallies of proposal " + getId() + " would become negative");
        }
        votesFor += deltaFor;
        votesAgainst += deltaAgainst;
    }

    /** Sets the counters to values recounted from the vote rows. */
    void reset(int recountedFor, int recountedAgainst) {
        votesFor = recountedFor;
        votesAgainst = recountedAgainst;
    }

    /** Adds the net votes of days just published to the published tallies; the row changes for open data now. */
    void publish(int netFor, int netAgainst, Instant now) {
        publicVotesFor = Math.max(0, publicVotesFor + netFor);
        publicVotesAgainst = Math.max(0, publicVotesAgainst + netAgainst);
        changedAt = now;
        publishing = true;
    }

    /** Each write of the row through this entity (one per flush, as its version) is a vote's, unless it publishes. */
    @PreUpdate
    void countWrite() {
        if (!publishing) {
            voteWrites++;
        }
    }

    /** Whether a visitor can see the proposal: the vote path treats any other as not found. */
    boolean isVisible() {
        return status.isPublic() && hiddenAt == null;
    }

    VotingState state() {
        return new VotingState(getId(), status, closesAt, votesFor, votesAgainst);
    }

    ProposalStatus getStatus() {
        return status;
    }

    int getVotesFor() {
        return votesFor;
    }

    int getVotesAgainst() {
        return votesAgainst;
    }
}
