package org.civitas.budgets;

/**
 * What the technical review says of an idea: feasible (it becomes a project with the services' cost), not feasible
 * (with a public reason), or merged into another idea of its envelope (a duplicate: its author is credited there).
 */
public enum Verdict {
    FEASIBLE,
    UNFEASIBLE,
    MERGED;

    /** The key of its name in the messages. */
    public String messageKey() {
        return "budgetReview.verdict." + name();
    }
}
