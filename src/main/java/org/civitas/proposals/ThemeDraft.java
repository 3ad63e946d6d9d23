package org.civitas.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A theme as it is set up (by an administrator, or seeded): its code, its French and English names, its place. */
public record ThemeDraft(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String code,
                         @NotBlank @Size(max = 80) String nameFr,
                         @NotBlank @Size(max = 80) String nameEn,
                         int position) {
}
