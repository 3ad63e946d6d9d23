package org.civitas.budgets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.proposals.TaxonomyTerm;

/** One envelope as an administrator sets it: a district's code (none for the whole town's) and its amount in euros. */
public record EnvelopeDraft(@Size(max = 40) @Pattern(regexp = TaxonomyTerm.CODE) String district,
                            @Min(1) @Max(1_000_000_000L) long amount) {

    public boolean isTownWide() {
        return district == null || district.isBlank();
    }
}
