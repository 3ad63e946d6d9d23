package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.funding.ReceiptPdf;
import org.civitas.funding.Receipts;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.Paging;
import org.civitas.platform.web.RequestIds;

import java.util.List;

/**
 * Backs account/contributions.xhtml, a backer's "My contributions": their pledges ({@value #PAGE_SIZE} a page,
 * newest first) with each payment's receipt, and the years of their donations, each with its tax receipt to download
 * or, for a year that is over, to ask for with the postal address it must print (a plain form).
 */
@Named
@RequestScoped
public class ContributionsView {

    static final int PAGE_SIZE = 20;

    @Inject
    private Receipts receipts;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Messages messages;

    @Inject
    private RequestIds ids;

    private Paging paging;
    private List<Receipts.MyPledge> pledges;
    private List<Receipts.DonationYear> years;

    public Paging getPaging() {
        if (paging == null) {
            paging = Paging.of(request.getParameter("p"), receipts.countMine(), PAGE_SIZE);
        }
        return paging;
    }

    public List<Receipts.MyPledge> getPledges() {
        if (pledges == null) {
            pledges = receipts.mine(getPaging().first(), PAGE_SIZE);
        }
        return pledges;
    }

    public List<Receipts.DonationYear> getYears() {
        if (years == null) {
            years = receipts.donationYears();
        }
        return years;
    }

    /** A receipt's number as printed (2026-000042). */
    public String number(int year, long number) {
        return ReceiptPdf.number(year, number);
    }

    /** Issues the tax receipt of the year posted, with the address typed in its row's form. */
    public String issue() {
        long year = ids.require("year");
        String address = request.getParameter("address");
        if (address == null || address.isBlank() || address.length() > 300) {
            messages.error("contributions.addressNeeded");
            return null;
        }
        receipts.issue((int) Math.min(year, 9999), address);
        messages.notice("contributions.issued", year);
        return "/account/contributions.xhtml?faces-redirect=true";
    }
}
