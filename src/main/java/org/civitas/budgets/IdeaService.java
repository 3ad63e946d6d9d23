package org.civitas.budgets;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.proposals.District;
import org.civitas.proposals.Earmark;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalService;
import org.civitas.proposals.TaxonomyService;

import java.util.List;
import java.util.Optional;

/**
 * Residents' ideas for a budget, while it takes them (its submission phase). An idea is a proposal carrying an
 * {@link Earmark}: written, photographed, published, supported, commented on and moderated through the proposals'
 * own services, so this service only checks the budget's side (the phase, the envelope) and hands the rest over.
 * Publishing is checked again when it happens ({@link IdeaRules}): a draft written in time is not published late.
 */
@Stateless
public class IdeaService {

    @Inject
    private BudgetService budgets;

    @Inject
    private BudgetStore store;

    @Inject
    private ProposalService proposals;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private ProposalReader reader;

    @PersistenceContext
    private EntityManager em;

    /**
     * The budget and envelope an idea was written for, and what the technical review made of it, as its page shows
     * them: its assessment (none yet: null), the idea it was merged into, the ideas merged into it (their authors are
     * credited on its project). Empty when the budget is not public.
     */
    public record Context(long budgetId, String budgetTitle, Phase phase, String districtName, Project assessment,
                          ProposalRow mergedInto, List<ProposalRow> merged) {

        public boolean isTownWide() {
            return districtName == null;
        }
    }

    @PermitAll
    public Optional<Context> context(@NotNull Proposal idea) {
        if (!idea.isIdea()) {
            return Optional.empty();
        }
        long envelopeId = idea.getEnvelopeId();
        BudgetPage page = store.envelope(envelopeId).flatMap(e -> budgets.page(e.getBudgetId(), false)).orElse(null);
        if (page == null) {
            return Optional.empty();
        }
        String district = page.envelopes().stream().filter(row -> row.id() == envelopeId).findFirst()
                .map(BudgetPage.EnvelopeRow::districtName).orElse(null);
        Project assessment = em.createQuery("SELECT x FROM Project x WHERE x.ideaId = :i", Project.class)
                .setParameter("i", idea.getId()).getResultStream().findFirst().orElse(null);
        ProposalRow mergedInto = null;
        List<ProposalRow> merged = List.of();
        if (assessment != null && assessment.getMergedIntoId() != null) {
            Project target = em.find(Project.class, assessment.getMergedIntoId());
            mergedInto = reader.rows(List.of(target.getIdeaId())).get(target.getIdeaId());
        } else if (assessment != null) {
            List<Long> ids = em.createQuery("SELECT x.ideaId FROM Project x WHERE x.mergedIntoId = :p ORDER BY x.ideaId",
                    Long.class).setParameter("p", assessment.getId()).getResultList();
            merged = reader.rowsWithAuthors(ids);
        }
        return Optional.of(new Context(page.budget().getId(), page.budget().getTitle(), page.phase(), district,
                assessment, mergedInto, merged));
    }

    /** A resident writes an idea's draft for an envelope of a budget taking ideas. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal submit(long budgetId, @NotNull @Valid IdeaDraft draft) {
        Envelope envelope = store.envelope(draft.envelopeId()).filter(e -> e.getBudgetId() == budgetId)
                .orElseThrow(BudgetException::envelopeNotFound);
        Budget budget = budgets.requirePhase(envelope.getBudgetId(), Phase.SUBMISSION);
        String district = envelope.getDistrictId() == null ? null : taxonomy.allDistricts().stream()
                .filter(d -> d.getId().equals(envelope.getDistrictId())).map(District::getCode).findFirst()
                .orElseThrow(BudgetException::envelopeNotFound);
        ProposalDraft text = draft.text();
        ProposalDraft asked = new ProposalDraft(text.title(), text.summary(), text.body(), text.themeCode(), district);
        return proposals.createDraft(asked, new Earmark(envelope.getId(), draft.estimatedCost(),
                store.startOf(budget, Phase.REVIEW)));
    }
}
