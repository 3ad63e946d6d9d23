package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.funding.CampaignSummary;
import org.civitas.funding.FundingReader;
import org.civitas.platform.web.Paging;

import java.util.List;

/** Backs funding/index.xhtml: the campaigns, newest first, {@value FundingReader#PAGE_SIZE} a page ({@code ?page=}). */
@Named
@RequestScoped
public class CampaignsView {

    @Inject
    private FundingReader reader;

    @Inject
    private FacesContext faces;

    private Paging paging;
    private List<CampaignSummary> campaigns;

    public Paging getPaging() {
        if (paging == null) {
            paging = Paging.of(faces.getExternalContext().getRequestParameterMap().get("page"), reader.count(),
                    FundingReader.PAGE_SIZE);
        }
        return paging;
    }

    public List<CampaignSummary> getCampaigns() {
        if (campaigns == null) {
            campaigns = reader.campaigns(getPaging().first(), FundingReader.PAGE_SIZE);
        }
        return campaigns;
    }
}
