package org.civitas.town;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * The accessibility statement: the compliance state, the share of RGAA criteria met and the audit's date (both
 * unknown until an audit is done), and its texts in French and English.
 */
public record AccessibilityStatement(@NotNull Compliance compliance,
                                     @Min(0) @Max(100) Integer rate,
                                     LocalDate auditDate,
                                     @NotNull @Valid AccessibilityTexts fr,
                                     @NotNull @Valid AccessibilityTexts en) {

    public AccessibilityTexts in(String language) {
        return "en".equals(language) ? en : fr;
    }
}
