package org.civitas.following;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountDeleted;
import org.civitas.proposals.ProposalPublished;

import java.time.Clock;

/**
 * What following does when others announce something, in their transaction: an author follows the proposal they
 * publish (they hear of its comments and its answer like anyone who follows it, and can unfollow it); a deleted
 * account's follows go, and so do the follows of it as a person.
 */
@ApplicationScoped
public class FollowReactions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    void published(@Observes ProposalPublished event) {
        if (FollowService.find(em, event.authorId(), FollowKind.PROPOSAL, event.proposalId()).isEmpty()) {
            em.persist(new Follow(event.authorId(), FollowKind.PROPOSAL, event.proposalId(), clock.instant()));
        }
    }

    void accountDeleted(@Observes AccountDeleted event) {
        em.createQuery("DELETE FROM Follow f WHERE f.accountId = :a OR (f.kind = :person AND f.targetId = :a)")
                .setParameter("a", event.accountId()).setParameter("person", FollowKind.PERSON).executeUpdate();
    }
}
