package org.civitas.votes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.Town;

import java.time.LocalDate;
import java.time.ZoneId;

/** Test-only: what no service allows, to prove that checks catch it. Only in the WAR the integration tests run. */
@Stateless
public class VoteFixtures {

    @PersistenceContext
    private EntityManager em;

    /** Adds to a proposal's FOR counter without a vote row: the drift a recount must find. */
    public void corruptTally(long proposalId, int delta) {
        em.find(ProposalTally.class, proposalId).adjust(delta, 0);
    }

    @Inject
    private VoteDayPublication publication;

    @Inject
    private Town town;

    /**
     * Publishes a proposal's vote lines as if its days were over, today's included (the job waits for midnight);
     * whether there was any to publish. Its test votes no more on it today: a published line does not change.
     */
    public boolean publishVoteDays(long proposalId) {
        return publication.publish(proposalId, LocalDate.now(town.getZone()).plusDays(1));
    }

    /** Records FOR votes on a past day in the daily lines (not in the tallies): what "trending" must weigh or not. */
    public void pastVotes(long proposalId, int daysAgo, int votesFor) {
        VoteDay day = new VoteDay(proposalId, LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(daysAgo));
        for (int i = 0; i < votesFor; i++) {
            day.count(1, 0);
        }
        em.persist(day);
    }
}
