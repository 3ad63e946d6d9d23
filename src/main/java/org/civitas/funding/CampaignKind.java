package org.civitas.funding;

/**
 * How backers take part: donations (with or without a reward) through the portal, or loans and equity, which an
 * authorised crowdfunding service provider runs (the campaign links to its page).
 */
public enum CampaignKind {
    DONATION, LOAN, EQUITY;

    /** Whether the portal itself takes the money (donations only). */
    public boolean collectedHere() {
        return this == DONATION;
    }
}
