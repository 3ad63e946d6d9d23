/**
 * Votes: a signed-in citizen is FOR or AGAINST a proposal open for votes, once (a unique constraint, not only
 * code), and may change or withdraw the vote while voting is open. Tallies are counter columns of the proposal,
 * changed through {@link org.civitas.proposals.ProposalTallies#adjust} in the same transaction as the vote,
 * under a lock on the proposal's row, and checked against the vote rows by {@link org.civitas.votes.VoteService#recount}.
 */
package org.civitas.votes;
