package org.civitas.dashboard;

import org.civitas.platform.Town;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The dashboard's period from the address ({@code from}, {@code to}, days included): the last 30 days by default. */
public record DashboardPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

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

    private static LocalDate parse(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
