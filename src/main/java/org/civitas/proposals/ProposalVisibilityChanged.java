package org.civitas.proposals;

/**
 * Announced, inside the transaction, when a proposal leaves the public view (hidden by moderation, its author
 * blocked) or comes back to it. Features whose public rows hang on it (its comments, its daily votes) write those rows
 * again, so that what follows changes (open data's feed, its validators) sees them leave and come back.
 */
public record ProposalVisibilityChanged(long proposalId, boolean visible) {
}
