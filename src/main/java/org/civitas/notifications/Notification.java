package org.civitas.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;
import org.civitas.proposals.ProposalStatus;

import java.time.Instant;

/** A notification in the portal: an official answered a proposal the person wrote, voted on or commented. */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private ProposalStatus decision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public long getProposalId() {
        return proposalId;
    }

    public ProposalStatus getDecision() {
        return decision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
