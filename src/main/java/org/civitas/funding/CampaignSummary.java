package org.civitas.funding;

import java.time.LocalDate;

/**
 * A campaign as lists, pages, the API and open data show it: what it funds (its title and page), its kind, mode and
 * status, goal and totals (cents), closing day and the days left (0 on the last day; negative once over).
 */
public record CampaignSummary(long id, String title, TargetKind targetKind, long targetId, String targetTitle,
                              String targetPath, CampaignKind kind, FundingMode mode, CampaignStatus status,
                              long goalCents, long raisedCents, int backers, LocalDate closesOn, long daysLeft,
                              String providerUrl) {

    /** Progress toward the goal, in whole percent (may pass 100). */
    public int percent() {
        return goalCents <= 0 ? 0 : (int) Math.min(999, raisedCents * 100 / goalCents);
    }

    public boolean open() {
        return status == CampaignStatus.OPEN && daysLeft >= 0;
    }
}
