package org.civitas.proposals;

/**
 * Announced, inside the author's transaction, before an idea for a participatory budget is published: the budgets
 * feature observes it and fails the publication when its budget no longer takes ideas.
 */
public record IdeaPublishing(long proposalId, long envelopeId) {
}
