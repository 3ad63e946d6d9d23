package org.civitas.budgets.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.budgets.BudgetService;

import java.util.List;

/** The participatory budgets' section of the officials' dashboard (dashboard/index.xhtml): read once per request. */
@Named
@RequestScoped
public class BudgetParticipationView {

    @Inject
    private BudgetService budgets;

    private List<BudgetService.Participation> rows;

    public List<BudgetService.Participation> getRows() {
        if (rows == null) {
            rows = budgets.participation();
        }
        return rows;
    }
}
