package org.civitas.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A district as it is set up (by an administrator, or seeded): its code, its name (a proper name), its place. */
public record DistrictDraft(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String code,
                            @NotBlank @Size(max = 80) String name,
                            int position) {
}
