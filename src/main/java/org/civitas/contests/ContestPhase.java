package org.civitas.contests;

/** Where a contest stands on a day of the town's calendar. */
public enum ContestPhase {
    /** Announced; submissions not open yet. */
    UPCOMING,
    /** Photos may be submitted. */
    SUBMISSIONS,
    /** Submissions closed; the public votes for approved photos. */
    VOTING,
    /** The vote closed; the jury scores, the official publishes the results. */
    JURY,
    /** The winners are published. */
    RESULTS;

    /** Its words in the bundles. */
    public String messageKey() {
        return "contest.phase." + name();
    }
}
