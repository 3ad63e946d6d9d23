package org.civitas.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civitas.proposals.ProposalNotFoundException;

/**
 * Keeps a proposal's comment count in the transaction of the change that moves it (a comment posted, deleted,
 * hidden or shown again), under a lock on the proposal's row. A plain bean in its caller's transaction.
 */
@ApplicationScoped
class CommentCounts {

    @PersistenceContext
    private EntityManager em;

    /**
     * Changes the count by {@code delta}; a comment is added (+1) only to a public proposal that is not hidden. The
     * row is read afresh under its lock: the proposal may have been written on this row by another entity in this
     * transaction (a proposal hidden with its author's comments, say).
     */
    void adjust(long proposalId, int delta) {
        em.flush();
        ProposalComments counter = em.find(ProposalComments.class, proposalId);
        if (counter == null) {
            throw new ProposalNotFoundException();
        }
        em.refresh(counter, LockModeType.PESSIMISTIC_WRITE);
        if (delta > 0 && !counter.takesComments()) {
            throw new ProposalNotFoundException();
        }
        counter.count(delta);
    }
}
