package org.civitas.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an author writes. The theme and district are named by their codes; a null district means the whole town.
 * Lengths count characters after trimming (the form trims too); control characters other than line breaks and
 * tabs, and invisible format characters such as right-to-left overrides, are refused.
 */
public record ProposalDraft(
        @NotBlank @Size(min = 10, max = 150) @Pattern(regexp = PLAIN_LINE, message = "{civitas.noControlCharacters}")
        String title,
        @NotBlank @Size(max = 500) @Pattern(regexp = PLAIN_TEXT, message = "{civitas.noControlCharacters}")
        String summary,
        @NotBlank @Size(max = 10_000) @Pattern(regexp = PLAIN_TEXT, message = "{civitas.noControlCharacters}")
        String body,
        @NotBlank @Size(max = 40)
        String themeCode,
        @Size(max = 40)
        String districtCode) {

    /** One line: no control or format character at all. */
    public static final String PLAIN_LINE = "[^\\p{Cntrl}\\p{Cf}]*";
    /** Paragraphs: line breaks and tabs allowed, other control and format characters not. */
    public static final String PLAIN_TEXT = "(?s)[^\\p{Cf}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
}
