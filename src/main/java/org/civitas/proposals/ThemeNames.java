package org.civitas.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

/** A theme's names, in French and English, as an administrator gives them. */
public record ThemeNames(@NotBlank @Size(max = 80) @PlainLine String nameFr,
                         @NotBlank @Size(max = 80) @PlainLine String nameEn) {
}
