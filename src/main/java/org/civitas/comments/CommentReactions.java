package org.civitas.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountBlocked;
import org.civitas.accounts.AccountDeleted;
import org.civitas.accounts.AccountUnblocked;
import org.civitas.platform.HiddenCause;
import org.civitas.proposals.ProposalVisibilityChanged;

import java.time.Clock;
import java.util.List;

/**
 * How comments follow what other features announce, in their transaction: a moderation decision, their author
 * blocked, unblocked or deleted, their proposal hidden or shown again. A hidden comment keeps its place in its thread and stops counting in its proposal's count.
 */
@ApplicationScoped
public class CommentReactions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommentCounts counts;

    @Inject
    private Clock clock;

    /** Hidden for reports (unless a moderator already decided on it) or by a moderator, or shown again. */
    void moderated(@Observes CommentModerated event) {
        Comment comment = em.find(Comment.class, event.commentId());
        if (comment == null) {
            throw new CommentNotFoundException();
        }
        if (event.hiddenFor() == null) {
            restore(comment);
        } else if (event.hiddenFor() != HiddenCause.REPORTS || !comment.isHidden()) {
            hide(comment, event.hiddenFor(), event.reason());
        }
    }

    /**
     * Their proposal left the public view or came back: its comments are written again, so that open data's change
     * feed brings them back with it (a consumer dropped them with the proposal's tombstone).
     */
    void proposalVisibility(@Observes ProposalVisibilityChanged event) {
        em.createQuery("SELECT c FROM Comment c WHERE c.proposalId = :p", Comment.class)
                .setParameter("p", event.proposalId()).getResultList().forEach(Comment::rewritten);
    }

    /** Their author's account deleted: the name shown is now "anonymous", the comments are written again. */
    void authorDeleted(@Observes AccountDeleted event) {
        em.createQuery("SELECT c FROM Comment c WHERE c.accountId = :a", Comment.class)
                .setParameter("a", event.accountId()).getResultList().forEach(Comment::rewritten);
    }

    void authorBlocked(@Observes AccountBlocked event) {
        em.createQuery("SELECT c FROM Comment c WHERE c.accountId = :a AND c.hiddenAt IS NULL", Comment.class)
                .setParameter("a", event.accountId()).getResultList()
                .forEach(c -> hide(c, HiddenCause.BLOCK, null));
    }

    void authorUnblocked(@Observes AccountUnblocked event) {
        List<Comment> hidden = em.createQuery("SELECT c FROM Comment c WHERE c.accountId = :a AND c.hiddenCause = :c",
                Comment.class).setParameter("a", event.accountId()).setParameter("c", HiddenCause.BLOCK).getResultList();
        hidden.forEach(this::restore);
    }

    /** Hides a comment; a visible, undeleted one stops counting in its proposal's comment count. */
    private void hide(Comment comment, HiddenCause cause, String reason) {
        if (!comment.isHidden() && !comment.isDeleted()) {
            counts.adjust(comment.getProposalId(), -1);
        }
        comment.hide(clock.instant(), cause, reason);
    }

    private void restore(Comment comment) {
        if (comment.isHidden() && !comment.isDeleted()) {
            counts.adjust(comment.getProposalId(), 1);
        }
        comment.restore();
    }
}
