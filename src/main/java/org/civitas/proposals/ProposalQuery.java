package org.civitas.proposals;

/**
 * What a list of proposals shows: filters (each optional) and an order. {@code districtCode} {@value #WHOLE_TOWN}
 * selects proposals for the whole town. Text matches the title or the summary, whatever the case.
 */
public record ProposalQuery(String themeCode, String districtCode, ProposalStatus status, String text, Sort sort) {

    public static final String WHOLE_TOWN = "town";

    /** TRENDING: most votes cast (for or against, new or changed) in the last 7 days, today included. */
    public enum Sort { NEWEST, MOST_SUPPORTED, MOST_COMMENTED, TRENDING }

    public static ProposalQuery all() {
        return new ProposalQuery(null, null, null, null, Sort.NEWEST);
    }

    public ProposalQuery {
        sort = sort == null ? Sort.NEWEST : sort;
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
    }
}
