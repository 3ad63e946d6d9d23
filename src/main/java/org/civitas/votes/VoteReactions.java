package org.civitas.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.proposals.ProposalVisibilityChanged;

import java.time.Instant;

/**
 * How votes follow what other features announce, in their transaction: a proposal hidden or shown again writes its
 * published daily lines again, so that open data's change feed brings them back with it (a consumer dropped them with
 * the proposal's tombstone); a line of a day still open stays unpublished.
 */
@ApplicationScoped
public class VoteReactions {

    @PersistenceContext
    private EntityManager em;

    void proposalVisibility(@Observes ProposalVisibilityChanged event) {
        em.createQuery("UPDATE VoteDay d SET d.changedAt = :now, d.version = d.version + 1 "
                        + "WHERE d.proposalId = :p AND d.changedAt IS NOT NULL")
                .setParameter("now", Instant.now()).setParameter("p", event.proposalId()).executeUpdate();
    }
}
