package org.civitas.budgets;

/**
 * Announced by the budgets feature when an official assesses an idea, inside the assessment's transaction: its author
 * is told (notifications). {@code mergedIntoIdea}: for a merge, the idea it joined.
 */
public record IdeaReviewed(long ideaId, long authorId, Verdict verdict, Long mergedIntoIdea) {
}
