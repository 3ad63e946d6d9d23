package org.civitas.budgets.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.budgets.IdeaService;
import org.civitas.proposals.Proposal;

/**
 * The budget an idea was written for, as the proposal's page shows it above the idea (the proposals feature knows only
 * the envelope's id): read once per request.
 */
@Named
@RequestScoped
public class IdeaContextView {

    @Inject
    private IdeaService ideas;

    private Proposal idea;
    private IdeaService.Context context;

    /** The idea's budget and what its review said, or null when the budget is not public (or it is no idea). */
    public IdeaService.Context of(Proposal proposal) {
        if (proposal == null || !proposal.isIdea()) {
            return null;
        }
        if (proposal != idea) {
            idea = proposal;
            context = ideas.context(proposal).orElse(null);
        }
        return context;
    }
}
