package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.funding.CampaignSummary;
import org.civitas.funding.FundingReader;
import org.civitas.funding.Pledge;
import org.civitas.funding.Pledging;

/**
 * Backs funding/thanks.xhtml ({@code ?pledge=}), where the payment service sends back a visitor who pledged with their
 * address: the pledge as the service sees it now (its key, only in that address, is the proof; no name shows), and
 * how to reach their receipts (the account of their address: choosing a password through "forgotten password").
 */
@Named
@RequestScoped
public class VisitorThanksView {

    @Inject
    private Pledging pledging;

    @Inject
    private FundingReader reader;

    @Inject
    private FacesContext faces;

    private Pledge pledge;
    private CampaignSummary campaign;

    public void load() {
        String key = faces.getExternalContext().getRequestParameterMap().get("pledge");
        pledge = key == null || !key.matches("[A-Za-z0-9_-]{10,40}") ? null : pledging.thanks(key).orElse(null);
        if (pledge == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        campaign = reader.campaign(pledge.getCampaignId()).orElse(null);
    }

    public Pledge getPledge() {
        return pledge;
    }

    public CampaignSummary getCampaign() {
        return campaign;
    }
}
