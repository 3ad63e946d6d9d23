package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetResults;
import org.civitas.budgets.BudgetService;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.StatelessPages;

/**
 * Backs budgets/results.xhtml?id=&envelope=: an envelope's results once the vote is counted: each project with its
 * votes and cost, funded or not and why not ("did not fit: 12,000 € left, it costs 40,000 €"), the rule that decided,
 * and the anonymised ballots to recount it.
 */
@Named
@RequestScoped
public class ResultsView {

    @Inject
    private RequestIds ids;

    @Inject
    private BudgetService budgets;

    @Inject
    private BudgetResults results;

    @Inject
    private FacesContext faces;

    private BudgetResults.ResultsPage page;

    @PostConstruct
    void read() {
        Long budgetId = ids.get("id");
        BudgetPage budget = budgetId == null ? null : budgets.page(budgetId, false).orElse(null);
        if (budget == null || budget.envelopes().isEmpty()) {
            return;
        }
        Long asked = ids.get("envelope");
        long envelope = budget.envelopes().stream().map(BudgetPage.EnvelopeRow::id).filter(e -> e.equals(asked))
                .findFirst().orElse(budget.envelopes().get(0).id());
        page = results.results(budgetId, envelope).orElse(null);
    }

    /** The view action: 404 without a public budget. */
    public void check() {
        StatelessPages.forVisitorsNow();
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public BudgetResults.ResultsPage getPage() {
        return page;
    }

    /** The bar's value: what the funded projects spend, in whole percent of the envelope. */
    public long getSpentPercent() {
        return page.envelope().amount() == 0 ? 0 : Math.min(100, page.spent() * 100 / page.envelope().amount());
    }
}
