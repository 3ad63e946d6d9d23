package org.civitas.budgets;

import java.time.LocalDate;
import java.util.List;

/**
 * What a budget's page shows, read once: the budget, its phase today, its envelopes with their districts' names (the
 * whole town's first), what is left unallocated, and how many ideas residents published for it.
 */
public record BudgetPage(Budget budget, Phase phase, LocalDate today, List<EnvelopeRow> envelopes, long ideaCount) {

    /** An envelope as a page lists it: its district's code and name (none for the whole town's) and its amount. */
    public record EnvelopeRow(long id, String districtCode, String districtName, long amount) {

        public boolean isTownWide() {
            return districtCode == null;
        }
    }

    /** The part of the total no envelope holds (0 when the envelopes share it all). */
    public long unallocated() {
        return budget.getTotalAmount() - envelopes.stream().mapToLong(EnvelopeRow::amount).sum();
    }
}
