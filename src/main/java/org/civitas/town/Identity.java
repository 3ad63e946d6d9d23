package org.civitas.town;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;

/**
 * The town's identity as an administrator sets it: its name, its main colour ({@code #rrggbb}, which must keep the
 * theme's texts readable: {@link Contrast}), its public address (empty: the server's {@code CIVITAS_PUBLIC_URL}) and
 * the home page's introduction in French and English (empty: the portal's own).
 */
public record Identity(@NotBlank @Size(max = 80) @PlainLine String name,
                       @NotBlank @Pattern(regexp = Contrast.HEX, message = "{town.colourFormat}") String colour,
                       @Size(max = 200) @PlainLine String publicUrl,
                       @Size(max = 2000) @PlainText String introFr,
                       @Size(max = 2000) @PlainText String introEn) {
}
