package org.civitas.budgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.proposals.IdeaPublishing;
import org.civitas.proposals.ProposalVisibilityChanged;

import java.time.Instant;

/**
 * What the budgets feature says about an idea while the proposals feature handles it, inside its transaction: an idea
 * is published only while its budget takes ideas (its author may have kept the draft past the submission phase), and
 * its project follows it in and out of the public view.
 */
@ApplicationScoped
public class IdeaRules {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BudgetStore store;

    @Inject
    private BudgetService budgets;

    /**
     * An idea hidden or shown again: its project, result and milestone rows are written again, so that open data's change feed
     * sees them leave and come back with it.
     */
    void visibility(@Observes ProposalVisibilityChanged event) {
        em.createQuery("UPDATE Project x SET x.version = x.version + 1, x.changedAt = :now WHERE x.ideaId = :i")
                .setParameter("now", Instant.now()).setParameter("i", event.proposalId()).executeUpdate();
        em.createQuery("UPDATE Result r SET r.version = r.version + 1, r.changedAt = :now WHERE r.projectId IN "
                        + "(SELECT x.id FROM Project x WHERE x.ideaId = :i)")
                .setParameter("now", Instant.now()).setParameter("i", event.proposalId()).executeUpdate();
        em.createQuery("UPDATE Milestone m SET m.version = m.version + 1, m.changedAt = :now WHERE m.projectId IN "
                        + "(SELECT x.id FROM Project x WHERE x.ideaId = :i)")
                .setParameter("now", Instant.now()).setParameter("i", event.proposalId()).executeUpdate();
    }

    void publishing(@Observes IdeaPublishing event) {
        Envelope envelope = store.envelope(event.envelopeId()).orElseThrow(BudgetException::envelopeNotFound);
        budgets.requirePhase(envelope.getBudgetId(), Phase.SUBMISSION);
    }
}
