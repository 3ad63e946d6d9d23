package org.civitas.following;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** One account following one thing, since a moment. */
@Entity
@Table(name = "follow")
public class Follow extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private FollowKind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    Follow(long accountId, FollowKind kind, long targetId, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.targetId = targetId;
        this.createdAt = createdAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public FollowKind getKind() {
        return kind;
    }

    public long getTargetId() {
        return targetId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
