package org.civitas.votes;

import org.civitas.proposals.ProposalStatus;

import java.time.Instant;

/** What deciding a vote needs to know of a proposal, read under a lock on its row. */
public record VotingState(long proposalId, ProposalStatus status, Instant closesAt, int votesFor, int votesAgainst) {

    public boolean isOpenAt(Instant now) {
        return status.isOpenForVotes() && closesAt != null && now.isBefore(closesAt);
    }
}
