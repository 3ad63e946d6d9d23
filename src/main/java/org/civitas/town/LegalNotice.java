package org.civitas.town;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;

import java.util.List;
import java.util.function.Function;

/**
 * The legal notice in one language, as French law asks (LCEN article 6, GDPR articles 13 to 22): who publishes the
 * portal, its director of publication, its host, the personal-data officer, and the people's rights.
 */
public record LegalNotice(@NotBlank @Size(max = 4000) @PlainText String publisher,
                          @NotBlank @Size(max = 4000) @PlainText String director,
                          @NotBlank @Size(max = 4000) @PlainText String host,
                          @NotBlank @Size(max = 4000) @PlainText String dataOfficer,
                          @NotBlank @Size(max = 8000) @PlainText String rights) {

    /** The fields, in the page's order; each is a text key {@code legal.<field>.<language>}. */
    public static final List<String> FIELDS = List.of("publisher", "director", "host", "dataOfficer",
            "rights");

    /** A field by its name (one of {@link #FIELDS}). */
    public String field(String name) {
        return switch (name) {
            case "publisher" -> publisher;
            case "director" -> director;
            case "host" -> host;
            case "dataOfficer" -> dataOfficer;
            default -> rights;
        };
    }

    static LegalNotice of(Function<String, String> fields) {
        return new LegalNotice(fields.apply("publisher"), fields.apply("director"), fields.apply("host"),
                fields.apply("dataOfficer"), fields.apply("rights"));
    }
}
