package org.civitas.budgets;

/**
 * Announced by this feature, in the milestone's transaction, when an official posts a step of a funded project: who
 * follows the project's idea (following a project is following the idea it grew from) is told.
 */
public record MilestonePosted(long budgetId, long projectId, long ideaId, long milestoneId, long officialId) {
}
