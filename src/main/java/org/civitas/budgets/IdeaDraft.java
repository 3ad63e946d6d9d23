package org.civitas.budgets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.civitas.proposals.ProposalDraft;

/**
 * What a resident writes for a participatory budget: the envelope asked (whole town or a district), the cost as they
 * estimate it (whole euros) and the idea's text, which follows a proposal's rules. The text's district is the
 * envelope's, whatever it says.
 */
public record IdeaDraft(
        @NotNull
        Long envelopeId,
        @NotNull @Min(1) @Max(1_000_000_000)
        Long estimatedCost,
        @NotNull @Valid
        ProposalDraft text) {
}
