package org.civitas.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** One account's report of one proposal or comment. Items are ids: they belong to other features. */
@Entity
@Table(name = "report")
public class Report extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private ReportTarget target;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    /** The proposal reported, or the proposal of the comment reported: where a moderator goes to see it. */
    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private ReportReason reason;

    @Column(name = "details")
    private String details;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** Whether the reporter's account was new when it reported: such a report does not count toward hiding. */
    @Column(name = "from_new_account", nullable = false)
    private boolean fromNewAccount;

    protected Report() {
    }

    Report(ReportTarget target, long targetId, long proposalId, long accountId, boolean fromNewAccount,
           ReportReason reason, String details, Instant now) {
        this.target = target;
        this.targetId = targetId;
        this.proposalId = proposalId;
        this.accountId = accountId;
        this.fromNewAccount = fromNewAccount;
        this.reason = reason;
        this.details = details;
        this.createdAt = now;
    }

    public ReportTarget getTarget() {
        return target;
    }

    public long getTargetId() {
        return targetId;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getAccountId() {
        return accountId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public boolean isFromNewAccount() {
        return fromNewAccount;
    }
}
