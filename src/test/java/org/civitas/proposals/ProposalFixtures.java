package org.civitas.proposals;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: what no service allows, to prove that checks catch it. Never in the portal's WAR. */
@Stateless
public class ProposalFixtures {

    @PersistenceContext
    private EntityManager em;

    /** Adds to a proposal's FOR counter without a vote row: the drift a recount must find. */
    public void corruptTally(long proposalId, int delta) {
        em.find(ProposalTally.class, proposalId).adjust(delta, 0);
    }

    /** Records FOR votes on a past day in the daily lines (not in the tallies): what "trending" must weigh or not. */
    public void pastVotes(long proposalId, int daysAgo, int votesFor) {
        VoteDay day = new VoteDay(proposalId, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(daysAgo));
        for (int i = 0; i < votesFor; i++) {
            day.count(1, 0);
        }
        em.persist(day);
    }

    /** Puts a published proposal under review as if the threshold had been reached some days ago. */
    public void underReviewSince(long proposalId, int daysAgo) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        java.time.Instant then = java.time.Instant.now().minus(java.time.Duration.ofDays(daysAgo));
        em.persist(proposal.moveTo(ProposalStatus.UNDER_REVIEW, null, then));
    }

    /** A theme of its own for a test, so that its figures count only what the test did. */
    public void theme(String code, String name) {
        em.persist(new Theme(code, name, name, 900));
    }
}
