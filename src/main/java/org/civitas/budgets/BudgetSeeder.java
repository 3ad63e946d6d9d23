package org.civitas.budgets;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Writes budgets as they would have been set up, for the demo town (which seeds as nobody in particular, hence no role,
 * and no audit line: nobody did it). Every rule an administrator's budget meets applies.
 */
@Stateless
@PermitAll
public class BudgetSeeder {

    @Inject
    private BudgetStore store;

    public Budget seed(@NotNull @Valid BudgetDraft draft, @NotNull List<@NotNull @Valid EnvelopeDraft> envelopes) {
        return store.create(draft, envelopes);
    }
}
