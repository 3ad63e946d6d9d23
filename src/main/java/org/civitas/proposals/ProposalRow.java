package org.civitas.proposals;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of a proposal list, read in one query (a JPQL constructor expression): no query per row. The author's
 * name comes from the accounts, one query for the whole page ({@link #withAuthorName}); null until then, and for a
 * deleted account. {@code estimatedCost} is an idea's (whole euros), null for a proposal.
 */
public record ProposalRow(long id, String slug, String title, String themeCode, String themeNameFr,
                          String themeNameEn, String districtName, ProposalStatus status, int votesFor,
                          int commentCount, Instant publishedAt, Long photoId, String summary, long authorId,
                          Long estimatedCost, String authorName) {

    /** The row as the list query reads it, without the author's name. */
    public ProposalRow(long id, String slug, String title, String themeCode, String themeNameFr, String themeNameEn,
                       String districtName, ProposalStatus status, int votesFor, int commentCount, Instant publishedAt,
                       Long photoId, String summary, long authorId, Long estimatedCost) {
        this(id, slug, title, themeCode, themeNameFr, themeNameEn, districtName, status, votesFor, commentCount,
                publishedAt, photoId, summary, authorId, estimatedCost, null);
    }

    public ProposalRow withAuthorName(String name) {
        return new ProposalRow(id, slug, title, themeCode, themeNameFr, themeNameEn, districtName, status, votesFor,
                commentCount, publishedAt, photoId, summary, authorId, estimatedCost, name);
    }

    public String themeName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? themeNameEn : themeNameFr;
    }

    /** Null district means the whole town. */
    public boolean isWholeTown() {
        return districtName == null;
    }
}
