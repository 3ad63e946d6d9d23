package org.civitas.dashboard;

import org.civitas.platform.Town;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dashboard's period from the address ({@code from}, {@code to}, days included): the last 30 days by default. A
 * date is a day between 2000 and 9999 ({@link #isDate}); anything else counts as absent.
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public static DashboardPeriod of(String from, String to, Clock clock, Town town) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), town.getZone());
        LocalDate end = parse(to);
        LocalDate start = parse(from);
        if (end == null || end.isAfter(today)) {
            end = today;
        }
        if (start == null || start.isAfter(end)) {
            start = end.minusDays(29);
        }
        if (start.isBefore(end.minusDays(MAX_DAYS - 1))) {
            start = end.minusDays(MAX_DAYS - 1);
        }
        return new DashboardPeriod(start, end);
    }

    /** Whether the value is absent or a day the period can start or end on (an export refuses anything else). */
    public static boolean isDate(String value) {
        return value == null || value.isBlank() || parse(value) != null;
    }

    private static LocalDate parse(String value) {
        try {
            LocalDate date = value == null || value.isBlank() || value.length() > 10 ? null : LocalDate.parse(value.strip());
            return date == null || date.isBefore(FIRST) || date.isAfter(LAST) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
