package org.civitas.proposals;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/** Test-only: what no service allows, to prove that checks catch it. Never in the portal's WAR. */
@Stateless
public class ProposalFixtures {

    @PersistenceContext
    private EntityManager em;

    /** Puts a published proposal under review as if the threshold had been reached some days ago. */
    public void underReviewSince(long proposalId, int daysAgo) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        Instant then = Instant.now().minus(Duration.ofDays(daysAgo));
        em.persist(proposal.moveTo(ProposalStatus.UNDER_REVIEW, null, then));
    }

    /** A theme of its own for a test, so that its figures count only what the test did. */
    public void theme(String code, String name) {
        em.persist(new Theme(new ThemeDraft(code, name, name, 900)));
    }
}
