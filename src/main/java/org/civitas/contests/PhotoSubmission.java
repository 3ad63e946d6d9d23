package org.civitas.contests;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

/**
 * What an author says of the photo they submit: its title, where it was taken (optional), the name to credit, the
 * licence, and that the people one can recognise in it agreed (required: without it nothing is kept).
 */
public record PhotoSubmission(@NotBlank @Size(max = 120) @PlainLine String title,
                              @Size(max = 120) @PlainLine String place,
                              @NotBlank @Size(max = 120) @PlainLine String credit,
                              @NotNull Licence licence,
                              boolean consent) {

    @AssertTrue(message = "{contest.consentNeeded}")
    public boolean isConsentGiven() {
        return consent;
    }

    /** The same with blank optional fields as none and every field trimmed. */
    PhotoSubmission tidy() {
        return new PhotoSubmission(title.strip(), place == null || place.isBlank() ? null : place.strip(),
                credit.strip(), licence, consent);
    }
}
