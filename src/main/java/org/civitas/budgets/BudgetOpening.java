package org.civitas.budgets;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Opens the budgets whose information phase has begun (town time), every ten minutes: a budget set up in advance
 * becomes public by the calendar, not by a write, and open data's change feed only sees writes; stamping
 * {@code opened_at} writes the row when it opens. A budget whose phase has begun when it is created or changed opens
 * at once ({@link BudgetStore}).
 */
@Stateless
@PermitAll
public class BudgetOpening {

    private static final Logger LOG = Logger.getLogger(BudgetOpening.class.getName());

    @Inject
    private BudgetStore store;

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "budgets-opening")
    public void openDue() {
        int opened = store.openDue();
        if (opened > 0) {
            LOG.info(() -> opened + " participatory budgets opened to the public");
        }
    }
}
