package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One step of a proposal's history: from what, to what, by whom (null for the portal itself), when. Never edited; only
 * stamped again ({@link #rewritten}) when what the public sees of it changes.
 */
@Entity
@Table(name = "proposal_status_change")
public class ProposalStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProposalStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ProposalStatus to;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** When the row was last written for what the public sees of it (open data's change feed); not the step's time. */
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    /** Raised with every write, like an entity's version (open data's validators sum them). */
    @Column(name = "version", nullable = false)
    private long version;

    protected ProposalStatusChange() {
    }

    ProposalStatusChange(Proposal proposal, ProposalStatus from, ProposalStatus to, Long changedBy, Instant changedAt) {
        this.proposal = proposal;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.writtenAt = Instant.now();
    }

    /** What the public sees of this step changed (its proposal hidden or shown, its official gone): written again. */
    void rewritten() {
        writtenAt = Instant.now();
        version++;
    }

    public Long getId() {
        return id;
    }

    public ProposalStatus getFrom() {
        return from;
    }

    public ProposalStatus getTo() {
        return to;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
