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
import org.civitas.funding.ReceiptPdf;

import java.util.Optional;
import java.util.function.Function;

/**
 * Backs funding/return.xhtml ({@code ?pledge=}): where the provider sends the backer back. Their pledge as the
 * provider sees it now (paid, authorised until the closing day, being confirmed, failed, cancelled), and the way back
 * to the campaign. Nobody else's pledge shows (404). Also funding/thanks.xhtml, where a visitor who pledged with their
 * address comes back ({@link #loadForVisitor}: the key, only in that address, is their proof; no name shows).
 */
@Named
@RequestScoped
public class PledgeReturnView {

    @Inject
    private Pledging pledging;

    @Inject
    private FundingReader reader;

    @Inject
    private FacesContext faces;

    private Pledge pledge;
    private CampaignSummary campaign;

    public void load() {
        show(pledging::returned);
    }

    public void loadForVisitor() {
        show(pledging::thanks);
    }

    private void show(Function<String, Optional<Pledge>> lookUp) {
        String key = faces.getExternalContext().getRequestParameterMap().get("pledge");
        pledge = key == null || !key.matches("[A-Za-z0-9_-]{10,40}") ? null : lookUp.apply(key).orElse(null);
        if (pledge == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        campaign = reader.campaign(pledge.getCampaignId()).orElse(null);
    }

    public Pledge getPledge() {
        return pledge;
    }

    /** The receipt's number as printed (2026-000042), once the money was taken. */
    public String getReceiptNumber() {
        return pledge == null || pledge.getReceiptNumber() == null ? null
                : ReceiptPdf.number(pledge.getReceiptYear(), pledge.getReceiptNumber());
    }

    public CampaignSummary getCampaign() {
        return campaign;
    }
}
