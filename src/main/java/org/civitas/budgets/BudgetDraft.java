package org.civitas.budgets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.budgets.results.BudgetRule;
import org.civitas.platform.PlainLine;

/**
 * A budget as an administrator sets it up: its title and description, total amount (whole euros, at most a billion),
 * the ballot (a basket within the envelope's amount, or up to {@code maxChoices} projects), the counting rule, who
 * may vote, and the phases' dates.
 */
public record BudgetDraft(@NotBlank @Size(min = 5, max = 150) @PlainLine String title,
                          @NotBlank @Size(max = 4000) String description,
                          @Min(1) @Max(1_000_000_000L) long totalAmount,
                          @NotNull BallotKind ballotKind,
                          @Min(1) @Max(100) Integer maxChoices,
                          @NotNull BudgetRule countingRule,
                          boolean verifiedOnly,
                          @Min(0) @Max(120) Integer minimumAge,
                          @NotNull @Valid PhaseDates phases) {

    /** An approval ballot says how many projects a resident may choose. */
    @AssertTrue(message = "{budget.maxChoicesNeeded}")
    public boolean isMaxChoicesGivenForApproval() {
        return ballotKind != BallotKind.APPROVAL || maxChoices != null;
    }
}
