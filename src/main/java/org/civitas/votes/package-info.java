/**
 * Votes: a signed-in citizen is FOR or AGAINST a proposal open for votes, once (a unique constraint, not only
 * code), and may change or withdraw the vote while voting is open. This feature owns everything a vote writes: the
 * vote rows, the tallies (counter columns of the proposal row, through {@link org.civitas.votes.ProposalTally}) and
 * the daily lines, changed in the same transaction under a lock on the proposal row, and the support threshold; a
 * proposal whose FOR votes reach it is announced ({@link org.civitas.proposals.ThresholdReached}). Tallies are
 * checked against the vote rows by {@link org.civitas.votes.VoteService#recount}.
 */
package org.civitas.votes;
