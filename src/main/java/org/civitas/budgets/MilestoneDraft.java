package org.civitas.budgets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;

import java.time.LocalDate;

/** What an official posts about a funded project's delivery. */
public record MilestoneDraft(
        @NotNull LocalDate happenedOn,
        @NotBlank @Size(max = 2000) @PlainText String body,
        @Min(0) @Max(100) int percentDone,
        @NotNull DeliveryStatus status) {
}
