package org.civitas.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.web.Dates;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.SupportGoal;

/**
 * What a proposal's card shows beyond its row (WEB-INF/includes/proposal-card.xhtml, on the list and the home page):
 * its address, its theme in the page's language, its date, the drawn picture of a proposal without a photo, and its
 * progress toward the support threshold, read once per request.
 */
@Named
@RequestScoped
public class ProposalCards {

    /** How many drawn placeholders civitas.css has (.placeholder-0 to .placeholder-5). */
    static final int PLACEHOLDERS = 6;

    @Inject
    private SupportGoal goal;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Dates dates;

    private Long required;

    public String link(ProposalRow row) {
        return ProposalAddress.of(row.id(), row.slug());
    }

    public String themeName(ProposalRow row) {
        return row.themeName(locale.getLocale());
    }

    /** The day it was published, as the town reads it. */
    public String date(ProposalRow row) {
        return row.publishedAt() == null ? "" : dates.date(row.publishedAt());
    }

    /** The supports a published proposal needs to go before the elected officials. */
    public long getRequired() {
        if (required == null) {
            required = Math.max(1, goal.requiredSupports());
        }
        return required;
    }

    /**
     * Whether the card shows a progress toward the threshold: only while the proposal gathers supports (an idea for a
     * participatory budget has no threshold: its budget's review looks at every idea).
     */
    public boolean gathering(ProposalRow row) {
        return row.status() == ProposalStatus.PUBLISHED && row.estimatedCost() == null;
    }

    /** The bar's value: the supports, up to the threshold (a bar never overflows). */
    public long progress(ProposalRow row) {
        return Math.min(row.votesFor(), getRequired());
    }

    /** The drawn picture of a proposal without a photo: one of a few, always the same for a theme. */
    public String placeholder(ProposalRow row) {
        String theme = row.themeCode() == null ? "" : row.themeCode();
        return "placeholder-" + Math.floorMod(theme.hashCode(), PLACEHOLDERS);
    }

    /** The first letter of the theme's name, drawn large on the placeholder. */
    public String initial(ProposalRow row) {
        String name = themeName(row);
        return name == null || name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(locale.getLocale());
    }
}
