package org.civitas.comments;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.proposals.ProposalParticipants;

/** Everyone who commented a proposal takes part in it. */
@ApplicationScoped
public class Commenters implements ProposalParticipants {

    @Override
    public String accountIdsSql() {
        return "SELECT c.account_id FROM comment c WHERE c.proposal_id = ?";
    }
}
