package org.civitas.galleries;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;

/** A gallery as an official sets it up: its title, a description, and whether the public sees it. */
public record GalleryDraft(@NotBlank @Size(min = 3, max = 150) @PlainLine String title,
                           @Size(max = 2000) @PlainText String description,
                           boolean published) {
}
