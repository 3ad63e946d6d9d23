package org.civitas.proposals;

import java.util.List;

/**
 * What a list of proposals shows: filters (each optional) and an order. {@code districtCode} {@value #WHOLE_TOWN}
 * selects proposals for the whole town. Text matches the title or the summary, whatever the case. Without
 * {@code envelopes} the list holds free-standing proposals only; with them, the ideas written for those envelopes of
 * a participatory budget (see {@link Earmark}). With {@code placed}, only those that have a pin (the map's list).
 */
public record ProposalQuery(String themeCode, String districtCode, ProposalStatus status, String text, Sort sort,
                            List<Long> envelopes, boolean placed) {

    public static final String WHOLE_TOWN = "town";

    /** TRENDING: most votes cast (for or against, new or changed) in the last 7 days, today included. */
    public enum Sort { NEWEST, MOST_SUPPORTED, MOST_COMMENTED, TRENDING }

    public static ProposalQuery all() {
        return new ProposalQuery(null, null, null, null, Sort.NEWEST);
    }

    public ProposalQuery(String themeCode, String districtCode, ProposalStatus status, String text, Sort sort) {
        this(themeCode, districtCode, status, text, sort, null, false);
    }

    /** The ideas written for these envelopes, with this query's filters and order. */
    public ProposalQuery ideasFor(List<Long> envelopeIds) {
        return new ProposalQuery(themeCode, districtCode, status, text, sort, envelopeIds, placed);
    }

    /** Only those with a pin: what the map shows, as a list. */
    public ProposalQuery placedOnly() {
        return new ProposalQuery(themeCode, districtCode, status, text, sort, envelopes, true);
    }

    public ProposalQuery {
        envelopes = envelopes == null || envelopes.isEmpty() ? null : List.copyOf(envelopes);
        sort = sort == null ? Sort.NEWEST : sort;
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
    }
}
