package org.civitas.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.proposals.ProposalVisibilityChanged;

/**
 * How votes follow what other features announce, in their transaction: a proposal hidden or shown again writes its
 * daily lines again, so that open data's change feed brings them back with it (a consumer dropped them with the
 * proposal's tombstone).
 */
@ApplicationScoped
public class VoteReactions {

    @PersistenceContext
    private EntityManager em;

    void proposalVisibility(@Observes ProposalVisibilityChanged event) {
        em.createQuery("SELECT d FROM VoteDay d WHERE d.proposalId = :p", VoteDay.class)
                .setParameter("p", event.proposalId()).getResultList().forEach(VoteDay::rewritten);
    }
}
