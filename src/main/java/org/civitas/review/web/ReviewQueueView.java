package org.civitas.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Backs review/queue.xhtml: proposals under review, longest waiting first, 20 a page ({@code ?page=}). */
@Named
@RequestScoped
public class ReviewQueueView {

    static final int PAGE_SIZE = 20;

    @Inject
    private ProposalReader proposals;

    @Inject
    private LocaleSelection locale;

    @Inject
    private FacesContext faces;

    @Inject
    private Clock clock;

    private int page;
    private long total;
    private List<Proposal> rows;

    @PostConstruct
    void load() {
        total = proposals.underReviewCount();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(Numbers.page(faces.getExternalContext().getRequestParameterMap().get("page"), pages), pages);
        rows = proposals.underReview((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** Whole days since the proposal reached the threshold. */
    public long daysWaiting(Proposal proposal) {
        return proposal.getUnderReviewAt() == null ? 0
                : Duration.between(proposal.getUnderReviewAt(), clock.instant()).toDays();
    }

    public String themeName(Proposal proposal) {
        return proposal.getTheme().name(locale.getLocale());
    }

    public List<Proposal> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
