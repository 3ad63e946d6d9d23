package org.civitas.budgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civitas.proposals.IdeaPublishing;

/**
 * What the budgets feature says about an idea while the proposals feature handles it, inside its transaction: an idea
 * is published only while its budget takes ideas (its author may have kept the draft past the submission phase).
 */
@ApplicationScoped
public class IdeaRules {

    @Inject
    private BudgetStore store;

    @Inject
    private BudgetService budgets;

    void publishing(@Observes IdeaPublishing event) {
        Envelope envelope = store.envelope(event.envelopeId()).orElseThrow(BudgetException::envelopeNotFound);
        budgets.requirePhase(envelope.getBudgetId(), Phase.SUBMISSION);
    }
}
