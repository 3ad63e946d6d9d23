package org.civitas.funding;

/**
 * What happens at the closing day: all or nothing (payments are only authorised, captured if the goal is reached,
 * cancelled otherwise) or keep what is raised (payments are taken at once).
 */
public enum FundingMode {
    ALL_OR_NOTHING, KEEP_WHAT_IS_RAISED;

    /** Whether payments are authorised first and captured at the end. */
    public boolean captureLater() {
        return this == ALL_OR_NOTHING;
    }
}
