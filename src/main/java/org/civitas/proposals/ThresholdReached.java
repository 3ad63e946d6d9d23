package org.civitas.proposals;

/**
 * Announced by votes, in the transaction that makes it true, when a published proposal's FOR votes reach the support
 * threshold: by a vote ({@code byAccountId} null, the portal moves it), or because an administrator lowered the
 * threshold ({@code byAccountId} is theirs). This feature moves the proposal under review in that transaction. Votes
 * writes its tallies before announcing it, so that the proposal read by the observers counts the vote.
 */
public record ThresholdReached(long proposalId, Long byAccountId) {
}
