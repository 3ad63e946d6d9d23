package org.civitas.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Instant;

/**
 * An entity whose table has a {@code changed_at} column, set whenever the row is written, whatever changed: what
 * open data's change feed and its ETags read.
 */
@MappedSuperclass
public abstract class ChangeTrackedEntity extends BaseEntity {

    @Column(name = "changed_at")
    private Instant changedAt;

    @PrePersist
    @PreUpdate
    void stamp() {
        changedAt = Instant.now();
    }

    /**
     * Marks the row written although none of its own fields changed: what the public sees of it did (its proposal
     * hidden or shown again, its author's account deleted). Its version and change time move at the next flush, so
     * that open data's change feed brings it again and its validators change.
     */
    public void rewritten() {
        changedAt = Instant.now();
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
