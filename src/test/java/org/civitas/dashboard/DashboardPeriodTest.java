package org.civitas.dashboard;

import org.civitas.platform.Town;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardPeriodTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private static final Town TOWN = new Town() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }
    };
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void theLastThirtyDaysByDefault() {
        assertEquals(new DashboardPeriod(TODAY.minusDays(29), TODAY), DashboardPeriod.of(null, "", CLOCK, TOWN));
    }

    @Test
    void aChosenPeriodIsKeptWithinAYear() {
        assertEquals(new DashboardPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                DashboardPeriod.of("2026-01-01", "2026-03-31", CLOCK, TOWN));
        assertEquals(new DashboardPeriod(TODAY.minusDays(365), TODAY), DashboardPeriod.of("2001-01-01", null, CLOCK, TOWN));
    }

    @Test
    void extremeOrMalformedDatesCountAsAbsent() {
        for (String odd : new String[]{"-999999999-01-01", "+999999999-12-31", "1999-12-31", "2026-02-30", "nonsense",
                "2026-01-01T00:00", "9".repeat(5000)}) {
            assertFalse(DashboardPeriod.isDate(odd), odd);
            assertEquals(new DashboardPeriod(TODAY.minusDays(29), TODAY), DashboardPeriod.of(odd, odd, CLOCK, TOWN), odd);
        }
        assertTrue(DashboardPeriod.isDate(null) && DashboardPeriod.isDate(" ") && DashboardPeriod.isDate("2026-12-03"));
    }
}
