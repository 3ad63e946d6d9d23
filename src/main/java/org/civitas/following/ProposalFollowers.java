package org.civitas.following;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.proposals.ProposalParticipants;

/** Whoever follows a proposal is told what happens to it, as those who wrote, voted or commented on it are. */
@ApplicationScoped
public class ProposalFollowers implements ProposalParticipants {

    @Override
    public String accountIdsSql() {
        return Followers.of(FollowKind.PROPOSAL);
    }
}
