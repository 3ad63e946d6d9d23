package org.civitas.budgets;

import java.util.Locale;

/**
 * A project on a budget's ballot as lists show it, read in one query with its idea (a JPQL constructor expression):
 * the services' title and cost, the idea's summary, address, photo and theme.
 */
public record ProjectRow(long id, long ideaId, String title, long cost, String summary, String ideaSlug, Long photoId,
                         String themeCode, String themeNameFr, String themeNameEn) {

    public String themeName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? themeNameEn : themeNameFr;
    }
}
