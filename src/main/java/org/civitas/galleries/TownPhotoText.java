package org.civitas.galleries;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.contests.Licence;
import org.civitas.platform.PlainLine;

/** What an official says of one of the town's photos: its title, whom to credit, its licence. */
public record TownPhotoText(@NotBlank @Size(max = 120) @PlainLine String title,
                            @NotBlank @Size(max = 120) @PlainLine String credit,
                            @NotNull Licence licence) {
}
