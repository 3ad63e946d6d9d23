package org.civitas.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.Town;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.ThresholdReached;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A proposal's tallies as the vote path changes them: lock the row, say whether it takes votes, apply a vote's
 * effect and the day's line, announce the threshold reached. A plain bean, not an enterprise bean: it runs inside the
 * caller's transaction (the vote's, which must hold one: the lock lasts until it ends) and its caller has already
 * checked who may vote, so a call costs no container interceptors on the path every vote takes.
 */
@ApplicationScoped
public class ProposalTallies {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SupportRules supportRules;

    @Inject
    private Town town;

    @Inject
    private Event<ThresholdReached> thresholdReached;

    /**
     * Locks the proposal's row until the end of the transaction and tells whether it takes votes: votes on one
     * proposal are decided one at a time, so that tallies stay exact under any load.
     */
    public VotingState lockForVoting(long id) {
        ProposalTally tally = lockedTally(id);
        if (tally == null || !tally.isVisible()) {
            throw new ProposalNotFoundException();
        }
        return tally.state();
    }

    /**
     * Applies a vote's effect to the tallies (the caller holds the lock from {@link #lockForVoting}); a published
     * proposal whose FOR votes reach the support threshold is announced, and goes under review in this transaction.
     */
    public VotingState adjust(long id, int deltaFor, int deltaAgainst) {
        // Locked already by lockForVoting in this transaction: found in the persistence context, no statement.
        ProposalTally tally = em.find(ProposalTally.class, id);
        if (tally != null && em.getLockMode(tally) != LockModeType.PESSIMISTIC_WRITE) {
            tally = lockedTally(id);
        }
        if (tally == null) {
            throw new ProposalNotFoundException();
        }
        tally.adjust(deltaFor, deltaAgainst);
        countOnTheDay(id, deltaFor, deltaAgainst);
        if (tally.getStatus() == ProposalStatus.PUBLISHED && tally.getVotesFor() >= supportRules.requiredVotes()) {
            announceThreshold(tally, null);
        }
        return tally.state();
    }

    /**
     * Announces that a tally reached the threshold, once its counters are written: the proposal moves under review
     * (the proposals feature, on the same row), then the tally is read again with the row's new status and version.
     */
    void announceThreshold(ProposalTally tally, Long byAccountId) {
        em.flush();
        thresholdReached.fire(new ThresholdReached(tally.getId(), byAccountId));
        em.flush();
        em.refresh(tally);
    }

    /** A proposal's tallies with its row locked until the end of the transaction; null if there is no such proposal. */
    ProposalTally lockedTally(long id) {
        return em.createNamedQuery(ProposalTally.LOCKED, ProposalTally.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Adds a vote's effect to the proposal's line of the day (the caller holds the proposal's row lock). The line is
     * not stamped: open data publishes it once the day is over ({@link VoteDayPublication}).
     */
    private void countOnTheDay(long id, int deltaFor, int deltaAgainst) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), town.getZone());
        VoteDay counted = new VoteDay(id, today);
        counted.count(deltaFor, deltaAgainst);
        // One statement when the day already has a line (nearly always): no entity read, built and compared.
        int updated = em.createQuery("UPDATE VoteDay d SET d.votesFor = d.votesFor + :f, "
                        + "d.votesAgainst = d.votesAgainst + :a, d.withdrawn = d.withdrawn + :w, "
                        + "d.forRemoved = d.forRemoved + :fr, d.againstRemoved = d.againstRemoved + :ar, "
                        + "d.version = d.version + 1 WHERE d.proposalId = :p AND d.date = :d")
                .setParameter("f", counted.getVotesFor()).setParameter("a", counted.getVotesAgainst())
                .setParameter("w", counted.getWithdrawn()).setParameter("fr", counted.getForRemoved())
                .setParameter("ar", counted.getAgainstRemoved()).setParameter("p", id).setParameter("d", today)
                .executeUpdate();
        if (updated == 0) {
            // The first vote of the day: the proposal's row lock, held by the caller, keeps a second insert out.
            em.persist(counted);
        }
    }
}
