package org.civitas.votes;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.Town;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publishes the votes of the days that are over (issue 19, vote timing): open data never tells when within a day a
 * vote was cast. A daily line ({@link VoteDay}) is written by votes without a change time; once its day is over in the
 * town's time zone (and {@link #GRACE} after, for servers whose clocks differ a little), this job stamps it, and adds
 * its net votes to the proposal's published tallies, stamping the proposal's row: each proposal and line changes for
 * open data at most once a day, at the job's time, and what it says is a whole day's count.
 * <p>
 * One transaction per proposal, which takes the proposal's row lock first, as a vote does: a vote still counting on
 * the day that just ended commits before the job reads the day's line, and a later vote counts on the new day. Runs
 * every ten minutes (a day's lines leave within about ten minutes of midnight; a server down at midnight publishes them
 * at its next run) and after the demo town is seeded.
 */
@Stateless
@PermitAll
public class VoteDayPublication {

    /** How long after midnight (town time) a day counts as over here: votes stamped by a clock a little behind. */
    static final Duration GRACE = Duration.ofMinutes(5);

    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(VoteDayPublication.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalTallies tallies;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Publishes every line of a day over, one proposal per transaction. */
    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "vote-days-publication")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void publishClosedDays() {
        LocalDate firstOpenDay = LocalDate.ofInstant(clock.instant().minus(GRACE), town.getZone());
        VoteDayPublication self = context.getBusinessObject(VoteDayPublication.class);
        int published = 0;
        boolean progress = true;
        for (List<Long> pending = self.pending(firstOpenDay); progress && !pending.isEmpty();
             pending = self.pending(firstOpenDay)) {
            progress = false;
            for (long proposal : pending) {
                if (self.publish(proposal, firstOpenDay)) {
                    published++;
                    progress = true;
                }
            }
        }
        if (published > 0) {
            int count = published;
            LOG.info(() -> "Votes of the days before " + firstOpenDay + " published for " + count + " proposals");
        }
    }

    /** Proposals with lines not published yet of days before {@code firstOpenDay}, by id, at most a batch of them. */
    public List<Long> pending(LocalDate firstOpenDay) {
        return em.createQuery("SELECT DISTINCT d.proposalId FROM VoteDay d WHERE d.changedAt IS NULL "
                        + "AND d.date < :open ORDER BY d.proposalId", Long.class)
                .setParameter("open", firstOpenDay).setMaxResults(BATCH).getResultList();
    }

    /**
     * Publishes a proposal's lines of the days before {@code firstOpenDay} not published yet, and adds their net votes
     * to its published tallies, under the proposal's row lock. Nothing to publish: nothing written, false.
     */
    public boolean publish(long proposalId, LocalDate firstOpenDay) {
        ProposalTally tally = tallies.lockedTally(proposalId);
        if (tally == null) {
            return false;
        }
        Object[] net = em.createQuery("SELECT COUNT(d), SUM(d.votesFor - d.forRemoved), "
                        + "SUM(d.votesAgainst - d.againstRemoved) FROM VoteDay d WHERE d.proposalId = :p "
                        + "AND d.changedAt IS NULL AND d.date < :open", Object[].class)
                .setParameter("p", proposalId).setParameter("open", firstOpenDay).getSingleResult();
        if (((Number) net[0]).longValue() == 0) {
            return false;
        }
        Instant now = Instant.now();
        em.createQuery("UPDATE VoteDay d SET d.changedAt = :now, d.version = d.version + 1 WHERE d.proposalId = :p "
                        + "AND d.changedAt IS NULL AND d.date < :open")
                .setParameter("now", now).setParameter("p", proposalId).setParameter("open", firstOpenDay)
                .executeUpdate();
        tally.publish(((Number) net[1]).intValue(), ((Number) net[2]).intValue(), now);
        return true;
    }
}
