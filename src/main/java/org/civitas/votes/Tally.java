package org.civitas.votes;

/** A proposal's counts after a vote, and the caller's vote (null when none). */
public record Tally(long proposalId, int votesFor, int votesAgainst, Choice myVote, String status) {
}
