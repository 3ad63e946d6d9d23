package org.civitas.proposals;

/**
 * Announced by this feature when an author publishes a draft: the proposal is public and takes votes. Observed after
 * the publication commits by whoever tells people about new proposals.
 */
public record ProposalPublished(long proposalId, long authorId) {
}
