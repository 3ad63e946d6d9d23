package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Town;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants as the town reads them: in its time zone, in the visitor's language ("22 novembre 2026 14:05"). */
@Named
@RequestScoped
public class Dates {

    @Inject
    private LocaleSelection locale;

    @Inject
    private Town town;

    public String dateTime(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT), instant);
    }

    public String date(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), instant);
    }

    public String time(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), instant);
    }

    private String format(DateTimeFormatter formatter, Instant instant) {
        return instant == null ? "" : formatter.withLocale(locale.getLocale()).format(instant.atZone(town.getZone()));
    }
}
