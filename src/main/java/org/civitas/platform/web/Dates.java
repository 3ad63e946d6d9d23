package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Euros;
import org.civitas.platform.Town;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

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

    /** A calendar day (a planned date, say), in the reader's language. */
    public String localDate(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale.getLocale())
                .format(day);
    }

    /** An amount in euros, in the reader's language (1 234,50 € or €1,234.50). */
    public String euros(BigDecimal amount) {
        return Euros.of(amount, locale.getLocale());
    }

    /** An amount in cents (a pledge's, a campaign's), in euros in the reader's language. */
    public String cents(long cents) {
        return Euros.cents(cents, locale.getLocale());
    }

    /** A whole amount in euros (a budget's, an envelope's), without cents: 1 000 000 € or €1,000,000. */
    public String wholeEuros(long amount) {
        return Euros.whole(amount, locale.getLocale());
    }

    private String format(DateTimeFormatter formatter, Instant instant) {
        return instant == null ? "" : formatter.withLocale(locale.getLocale()).format(instant.atZone(town.getZone()));
    }
}
