package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.ProjectReview;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.ProposalRow;

import java.util.List;

/**
 * Backs review/budget.xhtml?id=: the officials' technical review of a budget's ideas, a page at a time (most supported
 * first, one envelope or all), each idea with its assessment and a link to assess it; then, once every idea is
 * assessed, the publication of the projects, confirmed by a tick (it fixes the review).
 */
@Named
@RequestScoped
public class BudgetReviewView {

    public static final int PAGE_SIZE = 25;

    @Inject
    private RequestIds ids;

    @Inject
    private ProjectReview review;

    @Inject
    private BudgetService budgets;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private Long envelope;
    private int pageIndex;
    private ProjectReview.ReviewPage page;

    private boolean confirmed;

    /** The page of ideas, read before anything else (a refused publication renders the page again). */
    @PostConstruct
    void read() {
        id = ids.get("id");
        envelope = ids.get("envelope");
        if (id == null || budgets.page(id, false).isEmpty()) {
            id = null;
            return;
        }
        int asked = Numbers.page(faces.getExternalContext().getRequestParameterMap().get("page"), 10_000);
        pageIndex = asked - 1;
        page = review.page(id, envelope, pageIndex * PAGE_SIZE, PAGE_SIZE);
        if (page.ideas().isEmpty() && pageIndex > 0) {
            pageIndex = getPageCount() - 1;
            page = review.page(id, envelope, pageIndex * PAGE_SIZE, PAGE_SIZE);
        }
    }

    /** The view action: 404 without a public budget. */
    public void check() {
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String publish() {
        if (!confirmed) {
            messages.fieldError("confirmed", "budgetReview.confirmPublish");
            return null;
        }
        long projects = review.publish(id);
        messages.notice("budgetReview.publishedNotice", projects);
        return "/review/budget.xhtml?faces-redirect=true&id=" + id;
    }

    public ProjectReview.ReviewPage getPage() {
        return page;
    }

    public List<ProposalRow> getIdeas() {
        return page == null ? List.of() : page.ideas();
    }

    public Long getId() {
        return id;
    }

    public Long getEnvelope() {
        return envelope;
    }

    /** The filter's field is outside the page's forms: a postback leaves the envelope read from the address. */
    public void setEnvelope(Long ignored) {
        // read in read(), from the request
    }

    public int getPageCount() {
        return page == null ? 1 : (int) Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getCurrentPage() {
        return pageIndex + 1;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
