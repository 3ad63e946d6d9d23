package org.civitas.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountDeleted;
import org.civitas.budgets.IdeaReviewed;
import org.civitas.budgets.MilestonePosted;
import org.civitas.comments.CommentPosted;
import org.civitas.platform.Backdating;
import org.civitas.platform.outbox.OutboxItem;
import org.civitas.proposals.ProposalAnswered;
import org.civitas.proposals.ProposalPublished;

import java.time.Clock;

/**
 * What notifications does when others announce something, in their transaction: an answer, an idea's review, a
 * comment, a proposal published or a project's milestone becomes a fan-out ({@link NoticeFanOut}) told after the
 * commit by {@link FollowerNotices}, so that notifications are written by the outbox alone (one writer per server:
 * embedded Derby refuses simultaneous identity allocations on one table); a deleted account's notifications go with it.
 */
@ApplicationScoped
public class NotificationReactions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;
    /**
     * An answer: everyone concerned is told once it commits (a fan-out in the outbox, written here in the answer's
     * transaction: nothing is lost, and the official waits for no one however many voters and followers there are).
     * The demo town's past answers are told in the portal only.
     */
    void answered(@Observes ProposalAnswered event) {
        em.persist(NoticeFanOut.answer(event.proposalId(), event.officialId(), event.decision(),
                !Backdating.isActive(), clock.instant()));
    }

    /**
     * An idea assessed by the technical review of its participatory budget (feasible, not, or merged into another
     * idea, where its author is credited): its author is told, in the portal and by mail, once it commits.
     */
    void ideaReviewed(@Observes IdeaReviewed event) {
        em.persist(NoticeFanOut.idea(event.ideaId(), event.authorId(), event.verdict(), !Backdating.isActive(),
                clock.instant()));
    }

    /**
     * A comment posted: its reply and the proposal's followers are told once it commits (a fan-out in the outbox,
     * written here in the comment's transaction, so that nothing is lost and the commenter waits for no one).
     */
    void commented(@Observes CommentPosted event) {
        em.persist(new NoticeFanOut(NoticeFanOut.Kind.COMMENT, event.proposalId(), event.authorId(),
                event.parentAuthorId(), !Backdating.isActive(), clock.instant()));
    }

    /**
     * A proposal published: whoever follows its theme, its district or its author (and, for a budget's idea, the
     * budget) is told, as for a comment.
     */
    void published(@Observes ProposalPublished event) {
        em.persist(new NoticeFanOut(NoticeFanOut.Kind.NEW_PROPOSAL, event.proposalId(), event.authorId(), null,
                !Backdating.isActive(), clock.instant()));
    }

    /** A step of a funded project: whoever follows the idea it grew from, or its budget, is told, as for a comment. */
    void milestonePosted(@Observes MilestonePosted event) {
        em.persist(NoticeFanOut.milestone(event.ideaId(), event.budgetId(), event.officialId(), !Backdating.isActive(),
                clock.instant()));
    }

    /** A deleted account's notifications go, with its mail choices and the digests not sent yet. */
    void accountDeleted(@Observes AccountDeleted event) {
        em.createQuery("DELETE FROM Notification n WHERE n.accountId = :a").setParameter("a", event.accountId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM notice_preference WHERE account_id = ?").setParameter(1, event.accountId())
                .executeUpdate();
        em.createQuery("DELETE FROM DigestMail d WHERE d.accountId = :a AND d.state <> :sent")
                .setParameter("a", event.accountId()).setParameter("sent", OutboxItem.State.SENT).executeUpdate();
    }

}
