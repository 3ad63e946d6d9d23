package org.civitas.town;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;

import java.util.List;
import java.util.function.Function;

/**
 * The written parts of the accessibility statement in one language (RGAA 4.1's model): how the audit was done (who,
 * tools, pages), the criteria not met, the derogations (disproportionate burden, content outside the law's scope) and
 * how people report a problem and get the content another way.
 */
public record AccessibilityTexts(@NotBlank @Size(max = 4000) @PlainText String method,
                                 @NotBlank @Size(max = 8000) @PlainText String notMet,
                                 @NotBlank @Size(max = 4000) @PlainText String derogations,
                                 @NotBlank @Size(max = 4000) @PlainText String contact) {

    /** The fields, in the page's order; each is a text key {@code accessibility.<field>.<language>}. */
    public static final List<String> FIELDS = List.of("method", "notMet", "derogations", "contact");

    /** A field by its name (one of {@link #FIELDS}). */
    public String field(String name) {
        return switch (name) {
            case "method" -> method;
            case "notMet" -> notMet;
            case "derogations" -> derogations;
            default -> contact;
        };
    }

    static AccessibilityTexts of(Function<String, String> fields) {
        return new AccessibilityTexts(fields.apply("method"), fields.apply("notMet"), fields.apply("derogations"),
                fields.apply("contact"));
    }
}
