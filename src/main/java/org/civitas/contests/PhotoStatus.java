package org.civitas.contests;

/** A submitted photo: waiting for a moderator, approved (public), or rejected. */
public enum PhotoStatus {
    PENDING, APPROVED, REJECTED;

    /** Its words in the bundles. */
    public String messageKey() {
        return "contest.status." + name();
    }
}
