package org.civitas.votes;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.proposals.ProposalParticipants;

/** Everyone who has a vote on a proposal takes part in it. */
@ApplicationScoped
public class Voters implements ProposalParticipants {

    @Override
    public String accountIdsSql() {
        return "SELECT v.account_id FROM vote v WHERE v.proposal_id = ?";
    }
}
