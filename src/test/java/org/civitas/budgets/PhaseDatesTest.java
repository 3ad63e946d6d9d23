package org.civitas.budgets;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhaseDatesTest {

    private static final LocalDate D = LocalDate.of(2027, 1, 4);

    private static PhaseDates weekly() {
        return new PhaseDates(D, D.plusWeeks(1), D.plusWeeks(2), D.plusWeeks(3), D.plusWeeks(4), D.plusWeeks(5));
    }

    @Test
    void theCurrentPhaseIsTheLastBegunAndUpcomingBeforeTheFirst() {
        PhaseDates dates = weekly();
        assertEquals(Phase.UPCOMING, dates.on(D.minusDays(1)));
        assertEquals(Phase.INFORMATION, dates.on(D));
        assertEquals(Phase.INFORMATION, dates.on(D.plusDays(6)));
        assertEquals(Phase.SUBMISSION, dates.on(D.plusWeeks(1)));
        assertEquals(Phase.VOTING, dates.on(D.plusWeeks(4).minusDays(1)), "the vote's last day");
        assertEquals(Phase.RESULTS, dates.on(D.plusWeeks(4)));
        assertEquals(Phase.FOLLOW_UP, dates.on(D.plusYears(3)));
    }

    @Test
    void aPhaseGivenTheNextOnesDateIsSkipped() {
        PhaseDates noInformation = new PhaseDates(D, D, D.plusWeeks(2), D.plusWeeks(3), D.plusWeeks(4), D.plusWeeks(5));
        assertTrue(noInformation.isInOrder());
        assertEquals(Phase.SUBMISSION, noInformation.on(D));
        assertEquals(D, noInformation.start(Phase.INFORMATION));
        assertEquals(D, noInformation.end(Phase.INFORMATION), "ends the day it begins: it lasts no day");
    }

    @Test
    void datesOutOfOrderOrAVoteOfNoDayAreRefused() {
        assertTrue(weekly().isInOrder());
        assertFalse(new PhaseDates(D, D.minusDays(1), D.plusWeeks(2), D.plusWeeks(3), D.plusWeeks(4), D.plusWeeks(5))
                .isInOrder());
        assertFalse(new PhaseDates(D, D, D, D.plusWeeks(3), D.plusWeeks(3), D.plusWeeks(5)).isInOrder(),
                "the vote lasts at least a day");
    }

    @Test
    void eachPhaseKnowsItsStartAndEnd() {
        PhaseDates dates = weekly();
        assertNull(dates.start(Phase.UPCOMING));
        assertEquals(D.plusWeeks(3), dates.start(Phase.VOTING));
        assertEquals(D.plusWeeks(4), dates.end(Phase.VOTING));
        assertNull(dates.end(Phase.FOLLOW_UP));
        assertTrue(Phase.INFORMATION.isPublic());
        assertFalse(Phase.UPCOMING.isPublic());
    }
}
