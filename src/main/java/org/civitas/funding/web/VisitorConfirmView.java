package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.funding.CampaignSummary;
import org.civitas.funding.FundingReader;
import org.civitas.funding.Pledging;
import org.civitas.funding.VisitorPledge;
import org.civitas.platform.web.PublicAddress;

/**
 * Backs funding/confirm.xhtml ({@code ?t=}), where a visitor's mailed link leads: what they asked to pledge, and a
 * button to confirm it and go on to the payment service (a click, so that a mail scanner opening the link confirms
 * nothing). An unknown, used or expired link answers 404 with the way back to the campaigns.
 */
@Named
@RequestScoped
public class VisitorConfirmView {

    @Inject
    private Pledging pledging;

    @Inject
    private FundingReader reader;

    @Inject
    private PublicAddress address;

    @Inject
    private HttpServletRequest request;

    @Inject
    private FacesContext faces;

    private VisitorPledge asked;
    private CampaignSummary campaign;
    private boolean loaded;

    public void load() {
        if (getAsked() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public VisitorPledge getAsked() {
        if (!loaded) {
            loaded = true;
            asked = pledging.visitorPledge(getToken()).orElse(null);
            campaign = asked == null ? null : reader.campaign(asked.getCampaignId()).orElse(null);
        }
        return asked;
    }

    public CampaignSummary getCampaign() {
        getAsked();
        return campaign;
    }

    public String getToken() {
        String token = request.getParameter("t");
        return token == null || !token.matches("[A-Za-z0-9_-]{10,64}") ? null : token;
    }

    /** Confirms: the pledge is made for the visitor's address and the browser goes on to the payment service. */
    public String confirm() {
        Pledging.Started started = pledging.confirmAsVisitor(getToken(), address.base(request));
        request.getSession().setAttribute(PaymentRedirectView.PAYMENT_PAGE, started.redirectUrl());
        return "/funding/pay.xhtml?faces-redirect=true";
    }
}
