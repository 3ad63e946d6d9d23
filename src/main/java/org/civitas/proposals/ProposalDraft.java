package org.civitas.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;

/**
 * What an author writes. The theme and district are named by their codes; a null district means the whole town.
 * Lengths count characters after trimming (the form trims too); control characters other than line breaks and
 * tabs, and invisible format characters such as right-to-left overrides, are refused.
 */
public record ProposalDraft(
        @NotBlank @Size(min = 10, max = 150) @PlainLine
        String title,
        @NotBlank @Size(max = 500) @PlainText
        String summary,
        @NotBlank @Size(max = 10_000) @PlainText
        String body,
        @NotBlank @Size(max = 40)
        String themeCode,
        @Size(max = 40)
        String districtCode) {
}
