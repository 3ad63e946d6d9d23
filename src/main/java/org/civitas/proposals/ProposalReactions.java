package org.civitas.proposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountBlocked;
import org.civitas.accounts.AccountDeleted;
import org.civitas.accounts.AccountUnblocked;
import org.civitas.platform.HiddenCause;

import java.time.Clock;
import java.util.List;

/**
 * How a proposal follows what other features announce, in their transaction: the support threshold reached (votes),
 * an official's answer (review), a moderation decision (moderation), its author blocked or unblocked (accounts). A
 * failure here (an answer the status does not allow) fails the announcing change too. Each reaction flushes first and
 * reads the proposal afresh under a lock: votes and comments write their counters on the same row through their own
 * entities.
 */
@ApplicationScoped
public class ProposalReactions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ProposalVisibilityChanged> visibility;

    /**
     * A published proposal over the threshold goes under review (once: a later call finds it under review). An idea
     * for a participatory budget does not: its budget's technical review looks at every idea.
     */
    void thresholdReached(@Observes ThresholdReached event) {
        Proposal proposal = fresh(event.proposalId());
        if (proposal.getStatus() == ProposalStatus.PUBLISHED && !proposal.isIdea()) {
            em.persist(proposal.moveTo(ProposalStatus.UNDER_REVIEW, event.byAccountId(), clock.instant()));
        }
    }

    /**
     * An official's decision moves the proposal (see {@link ProposalStatus#canBecome}): a first answer to a published
     * or reviewed proposal closes its voting; later ones follow it. Hidden proposals wait for the moderators.
     */
    void answered(@Observes ProposalAnswered event) {
        if (!event.decision().isAnswered()) {
            throw new IllegalTransitionException(ProposalStatus.PUBLISHED, event.decision());
        }
        Proposal proposal = fresh(event.proposalId());
        if (!proposal.getStatus().isPublic() || proposal.isHidden()) {
            throw new ProposalNotFoundException();
        }
        em.persist(proposal.moveTo(event.decision(), event.officialId(), clock.instant()));
        em.flush();
    }

    /** Hidden for reports (unless a moderator already decided on it) or by a moderator, or shown again. */
    void moderated(@Observes ProposalModerated event) {
        Proposal proposal = fresh(event.proposalId());
        boolean wasHidden = proposal.isHidden();
        if (event.hiddenFor() == null) {
            proposal.restore();
        } else if (event.hiddenFor() != HiddenCause.REPORTS || !proposal.isHidden()) {
            proposal.hide(clock.instant(), event.hiddenFor(), event.reason());
        }
        announceIfChanged(proposal, wasHidden);
    }

    void authorBlocked(@Observes AccountBlocked event) {
        em.flush();
        List<Proposal> visible = em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a AND p.hiddenAt IS NULL",
                        Proposal.class).setParameter("a", event.accountId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        visible.forEach(p -> {
            em.refresh(p);
            boolean wasHidden = p.isHidden();
            p.hide(clock.instant(), HiddenCause.BLOCK, null);
            announceIfChanged(p, wasHidden);
        });
    }

    void authorUnblocked(@Observes AccountUnblocked event) {
        em.flush();
        List<Proposal> hidden = em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a AND p.hiddenCause = :c",
                        Proposal.class).setParameter("a", event.accountId()).setParameter("c", HiddenCause.BLOCK)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        hidden.forEach(p -> {
            em.refresh(p);
            boolean wasHidden = p.isHidden();
            p.restore();
            announceIfChanged(p, wasHidden);
        });
    }

    /**
     * Its author's account deleted: the name shown on their proposals and on the steps of history they made (an
     * official's answers) is now "anonymous": those rows are written again for what follows changes.
     */
    void authorDeleted(@Observes AccountDeleted event) {
        em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a", Proposal.class)
                .setParameter("a", event.accountId()).getResultList().forEach(Proposal::rewritten);
        em.createQuery("SELECT c FROM ProposalStatusChange c WHERE c.changedBy = :a", ProposalStatusChange.class)
                .setParameter("a", event.accountId()).getResultList().forEach(ProposalStatusChange::rewritten);
    }

    /**
     * When the proposal left the public view or came back: its history's steps are written again here, and the
     * features whose rows hang on it are told.
     */
    private void announceIfChanged(Proposal proposal, boolean wasHidden) {
        if (wasHidden == proposal.isHidden() || !proposal.getStatus().isPublic()) {
            return;
        }
        em.createQuery("SELECT c FROM ProposalStatusChange c WHERE c.proposal.id = :p", ProposalStatusChange.class)
                .setParameter("p", proposal.getId()).getResultList().forEach(ProposalStatusChange::rewritten);
        visibility.fire(new ProposalVisibilityChanged(proposal.getId(), !proposal.isHidden()));
    }

    /** The proposal as the database has it now, its row locked until the end of the transaction. */
    private Proposal fresh(long id) {
        em.flush();
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null) {
            throw new ProposalNotFoundException();
        }
        em.refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        return proposal;
    }
}
