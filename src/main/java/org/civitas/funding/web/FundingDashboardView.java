package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.funding.CampaignSummary;
import org.civitas.funding.FundingReader;

import java.util.List;

/**
 * The dashboard's citizen-funding figures: campaigns open, succeeded and failed, money raised and pledges counted; and
 * the newest campaigns' results.
 */
@Named
@RequestScoped
public class FundingDashboardView {

    @Inject
    private FundingReader reader;

    private FundingReader.Figures figures;
    private List<CampaignSummary> campaigns;

    public FundingReader.Figures getFigures() {
        if (figures == null) {
            figures = reader.figures();
        }
        return figures;
    }

    /** The newest campaigns with their results, each linked to its backers and reconciliation. */
    public List<CampaignSummary> getCampaigns() {
        if (campaigns == null) {
            campaigns = reader.campaigns(0, 10);
        }
        return campaigns;
    }
}
