package org.civitas.platform;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * Content that reports, a moderator or a blocked author can hide (proposals, comments): when, why, and the public
 * reason a moderator gave. The owning feature exposes hiding to its own services only.
 */
@MappedSuperclass
public abstract class HideableEntity extends ChangeTrackedEntity {

    /** Set when the item is hidden; cleared when it is shown again. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_cause")
    private HiddenCause hiddenCause;

    /** A moderator's public reason, shown in place of the content. */
    @Column(name = "hidden_reason")
    private String hiddenReason;

    /**
     * Hides the item for a cause, keeping the first hiding time. A moderator's decision replaces any other cause;
     * reports do not hide again what a moderator already decided on (the services check that).
     */
    protected void conceal(Instant now, HiddenCause cause, String reason) {
        if (hiddenAt == null) {
            hiddenAt = now;
        }
        hiddenCause = cause;
        hiddenReason = reason;
    }

    protected void reveal() {
        hiddenAt = null;
        hiddenCause = null;
        hiddenReason = null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public HiddenCause getHiddenCause() {
        return hiddenCause;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
