package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.funding.Backers;
import org.civitas.funding.Campaign;
import org.civitas.funding.PledgeState;
import org.civitas.funding.Pledging;
import org.civitas.funding.ReceiptPdf;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.Paging;
import org.civitas.platform.web.RequestIds;

import java.util.List;

/**
 * Backs review/funding-backers.xhtml ({@code ?id=}, officials): a campaign's reconciliation report, the treasurer's
 * export links, and its pledges {@value #PAGE_SIZE} a page (a name only where its backer let it show), each pledge
 * whose money is held or taken with a form to give it back (a reason, and a box to tick: nothing happens by mistake).
 */
@Named
@RequestScoped
public class BackersView {

    static final int PAGE_SIZE = 25;

    @Inject
    private Backers backers;

    @Inject
    private Pledging pledging;

    @Inject
    private RequestIds ids;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Messages messages;

    private Campaign campaign;
    private Backers.Report report;
    private Paging paging;
    private List<Backers.Row> rows;

    public long getId() {
        return ids.require("id");
    }

    public Campaign getCampaign() {
        if (campaign == null) {
            campaign = backers.campaign(getId());
        }
        return campaign;
    }

    public Backers.Report getReport() {
        if (report == null) {
            report = backers.report(getId());
        }
        return report;
    }

    public Paging getPaging() {
        if (paging == null) {
            paging = Paging.of(request.getParameter("p"), backers.count(getId()), PAGE_SIZE);
        }
        return paging;
    }

    public List<Backers.Row> getRows() {
        if (rows == null) {
            rows = backers.page(getId(), getPaging().first(), PAGE_SIZE);
        }
        return rows;
    }

    public PledgeState[] getStates() {
        return PledgeState.values();
    }

    public String number(Integer year, Long number) {
        return year == null || number == null ? "" : ReceiptPdf.number(year, number);
    }

    /** Gives a pledge's money back, once the official gave a reason and ticked the box. */
    public String refund() {
        long id = getId();
        long pledge = ids.require("pledge");
        String reason = request.getParameter("reason");
        if (!"on".equals(request.getParameter("confirm"))) {
            messages.error("backers.confirmNeeded");
            return null;
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            messages.error("backers.reasonNeeded");
            return null;
        }
        PledgeState after = pledging.refund(pledge, reason).getState();
        messages.notice(after == PledgeState.REFUNDED || after == PledgeState.CANCELLED ? "backers.refunded"
                : "backers.refundAsked", pledge);
        return "/review/funding-backers.xhtml?faces-redirect=true&id=" + id + "&p=" + getPaging().getPage();
    }
}
