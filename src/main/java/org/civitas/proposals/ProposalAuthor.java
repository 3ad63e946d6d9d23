package org.civitas.proposals;

import jakarta.enterprise.context.ApplicationScoped;

/** A proposal's author takes part in it. */
@ApplicationScoped
public class ProposalAuthor implements ProposalParticipants {

    @Override
    public String accountIdsSql() {
        return "SELECT p.author_id FROM proposal p WHERE p.id = ?";
    }
}
