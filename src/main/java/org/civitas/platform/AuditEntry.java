package org.civitas.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit log: who did what to which item, when and why. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "target_kind", nullable = false, updatable = false)
    private String targetKind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AuditEntry() {
    }

    AuditEntry(Long actorId, String action, String targetKind, long targetId, String reason, Instant now) {
        this.actorId = actorId;
        this.action = action;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.reason = reason;
        this.createdAt = now;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
