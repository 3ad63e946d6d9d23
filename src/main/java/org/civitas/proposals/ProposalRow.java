package org.civitas.proposals;

import java.time.Instant;
import java.util.Locale;

/** One line of a proposal list, read in one query (a JPQL constructor expression): no query per row. */
public record ProposalRow(long id, String slug, String title, String themeCode, String themeNameFr,
                          String themeNameEn, String districtName, ProposalStatus status, int votesFor,
                          int commentCount, Instant publishedAt, Long photoId) {

    public String themeName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? themeNameEn : themeNameFr;
    }

    /** Null district means the whole town. */
    public boolean isWholeTown() {
        return districtName == null;
    }
}
