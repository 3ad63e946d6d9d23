package org.civitas.budgets;

/**
 * The dated phases of a budget, in order. Each begins at 00:00 (the town's time) of its date and lasts until the
 * next one begins; before the first, the budget is {@link #UPCOMING} (only administrators see it). The current phase
 * decides what every page offers and what the API accepts (a request out of phase is a 409 that names the phase).
 */
public enum Phase {
    UPCOMING,
    INFORMATION,
    SUBMISSION,
    REVIEW,
    VOTING,
    RESULTS,
    FOLLOW_UP;

    /** The key of its name in the messages. */
    public String messageKey() {
        return "budget.phase." + name();
    }

    /** Whether the public sees the budget: from its information phase on. */
    public boolean isPublic() {
        return this != UPCOMING;
    }
}
