package org.civitas.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts in euros as each language writes them: 1 234,50 € in French, €1,234.50 in English (the portal's two
 * languages; anything else is written the French way, the town's). One place for pages, mails, receipts and cards.
 */
public final class Euros {

    private Euros() {
    }

    /** An amount with its cents: 1 234,50 € or €1,234.50; empty for none. */
    public static String of(BigDecimal amount, Locale locale) {
        return amount == null ? "" : format(locale).format(amount);
    }

    /** An amount held in cents (a pledge's, a campaign's), with its cents. */
    public static String cents(long cents, Locale locale) {
        return of(BigDecimal.valueOf(cents, 2), locale);
    }

    /** A whole amount without cents (a budget's, an envelope's, a card's rounded figure): 1 000 000 € or €1,000,000. */
    public static String whole(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = format(locale);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** A whole number of euros (a budget's amount, a project's cost). */
    public static String whole(long amount, Locale locale) {
        return whole(BigDecimal.valueOf(amount), locale);
    }

    private static NumberFormat format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(
                locale != null && "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE);
        format.setCurrency(Currency.getInstance("EUR"));
        return format;
    }
}
