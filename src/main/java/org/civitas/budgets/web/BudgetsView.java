package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.budgets.Budget;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.Phase;

import java.time.LocalDate;
import java.util.List;

/** Backs budgets/index.xhtml: the participatory budgets the public sees, the newest vote first. */
@Named
@RequestScoped
public class BudgetsView {

    @Inject
    private BudgetService budgets;

    private List<Budget> list;
    private LocalDate today;

    @PostConstruct
    void read() {
        today = budgets.today();
        list = budgets.publicBudgets();
    }

    public List<Budget> getBudgets() {
        return list;
    }

    public Phase phaseOf(Budget budget) {
        return budget.phaseOn(today);
    }
}
