package org.civitas.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * How a comment joins a thread once its author is known: the parent's rules (on the same proposal, visible, within
 * three levels), the proposal's count under its row lock, the row, and {@link CommentPosted}. A plain bean in its
 * caller's transaction: {@link CommentService} for a signed-in citizen, {@link CommentSeeder} for the demo town.
 */
@ApplicationScoped
class Posting {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommentCounts counts;

    @Inject
    private Event<CommentPosted> posted;

    @Inject
    private Clock clock;

    /** Posts as {@code author}; {@code admit} runs once the comment is known to fit, before it is written. */
    Comment post(long author, long proposalId, Long parentId, CommentText text, Runnable admit) {
        Comment parent = null;
        if (parentId != null) {
            parent = em.find(Comment.class, parentId);
            if (parent == null || parent.getProposalId() != proposalId || parent.isHidden()) {
                throw new CommentNotFoundException();
            }
            if (parent.getDepth() >= Comment.MAX_DEPTH) {
                throw new ThreadTooDeepException();
            }
        }
        counts.adjust(proposalId, 1);
        admit.run();
        Comment comment = new Comment(proposalId, parent, author, text.body().strip(), clock.instant());
        em.persist(comment);
        em.flush();
        posted.fire(new CommentPosted(comment.getId(), proposalId, parentId,
                parent == null ? null : parent.getAccountId(), author));
        return comment;
    }
}
