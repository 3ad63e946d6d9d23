package org.civitas.contests;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;

import java.time.LocalDate;

/**
 * A contest as an official sets it up: title, theme and rules; the first day of submissions, of the public vote and
 * of the jury (in that order, each phase a day at least); how many photos an account may submit and how many votes it
 * may cast; how many jury prizes are awarded.
 */
public record ContestDraft(@NotBlank @Size(min = 5, max = 150) @PlainLine String title,
                           @NotBlank @Size(max = 300) @PlainLine String theme,
                           @NotBlank @Size(max = 4000) @PlainText String rules,
                           @NotNull LocalDate submissionsOn,
                           @NotNull LocalDate votingOn,
                           @NotNull LocalDate juryOn,
                           @Min(1) @Max(20) int photosPerAccount,
                           @Min(1) @Max(50) int votesPerAccount,
                           @Min(1) @Max(10) int prizes) {

    /** Submissions, then the vote, then the jury, each at least a day. */
    @AssertTrue(message = "{contest.datesInOrder}")
    public boolean isInOrder() {
        if (submissionsOn == null || votingOn == null || juryOn == null) {
            return true; // @NotNull says so
        }
        return submissionsOn.isBefore(votingOn) && votingOn.isBefore(juryOn);
    }
}
