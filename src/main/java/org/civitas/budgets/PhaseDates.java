package org.civitas.budgets;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * When each phase of a budget begins: six dates in order, the vote lasting at least one day (the results begin after
 * it). A phase may be skipped by giving it the date of the next one (a town without an information phase opens with
 * the submission of ideas).
 */
public record PhaseDates(@NotNull LocalDate information, @NotNull LocalDate submission, @NotNull LocalDate review,
                         @NotNull LocalDate voting, @NotNull LocalDate results, @NotNull LocalDate followUp) {

    /** The dates in the order of the phases they begin, {@link Phase#INFORMATION} first. */
    public List<LocalDate> inOrder() {
        return Arrays.asList(information, submission, review, voting, results, followUp);
    }

    /** Whether the dates follow one another and the vote lasts at least a day. */
    @AssertTrue(message = "{budget.phasesInOrder}")
    public boolean isInOrder() {
        List<LocalDate> dates = inOrder();
        if (dates.contains(null)) {
            return true; // @NotNull says so
        }
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                return false;
            }
        }
        return voting.isBefore(results);
    }

    /** The phase on a day (in the town's time zone): the last one begun, or UPCOMING before the first. */
    public Phase on(LocalDate day) {
        Phase current = Phase.UPCOMING;
        List<LocalDate> dates = inOrder();
        for (int i = 0; i < dates.size(); i++) {
            if (!day.isBefore(dates.get(i))) {
                current = Phase.values()[i + 1];
            }
        }
        return current;
    }

    /** The day a phase begins; null for UPCOMING. */
    public LocalDate start(Phase phase) {
        return phase == Phase.UPCOMING ? null : inOrder().get(phase.ordinal() - 1);
    }

    /** The day a phase ends (the next one's first day, exclusive); null for the last. */
    public LocalDate end(Phase phase) {
        return phase == Phase.FOLLOW_UP ? null : start(Phase.values()[phase.ordinal() + 1]);
    }
}
