package org.civitas.notifications;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The end of the last digest period due, in the town's time zone, whatever the server's. */
class DigestScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theDailyPeriodEndsAtTheTownsHourTodayOnceItHasPassedElseYesterday() {
        // 7:00 in Paris is 6:00 UTC in winter
        assertEquals(Instant.parse("2026-12-03T06:00:00Z"), DigestSchedule.lastDue(Cadence.DAILY,
                Instant.parse("2026-12-03T06:00:00Z"), PARIS, 7, DayOfWeek.MONDAY));
        assertEquals(Instant.parse("2026-12-02T06:00:00Z"), DigestSchedule.lastDue(Cadence.DAILY,
                Instant.parse("2026-12-03T05:59:59Z"), PARIS, 7, DayOfWeek.MONDAY));
        // and 5:00 UTC in summer
        assertEquals(Instant.parse("2026-07-01T05:00:00Z"), DigestSchedule.lastDue(Cadence.DAILY,
                Instant.parse("2026-07-01T12:00:00Z"), PARIS, 7, DayOfWeek.MONDAY));
    }

    @Test
    void theWeeklyPeriodEndsOnTheChosenDayAtTheTownsHour() {
        // Thursday 3 December 2026: the last Monday was 30 November
        assertEquals(Instant.parse("2026-11-30T06:00:00Z"), DigestSchedule.lastDue(Cadence.WEEKLY,
                Instant.parse("2026-12-03T12:00:00Z"), PARIS, 7, DayOfWeek.MONDAY));
        // On Monday before the hour, the Monday before
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), DigestSchedule.lastDue(Cadence.WEEKLY,
                Instant.parse("2026-11-30T05:00:00Z"), PARIS, 7, DayOfWeek.MONDAY));
        // An hour out of range is taken as the nearest
        assertEquals(Instant.parse("2026-12-02T22:00:00Z"), DigestSchedule.lastDue(Cadence.DAILY,
                Instant.parse("2026-12-03T12:00:00Z"), PARIS, 99, DayOfWeek.MONDAY));
    }
}
