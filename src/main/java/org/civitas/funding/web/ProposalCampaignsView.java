package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.funding.CampaignSummary;
import org.civitas.funding.FundingReader;
import org.civitas.proposals.Proposal;

import java.util.List;

/**
 * The funding campaigns shown on a proposal's page (proposal/view.xhtml reaches this bean from its EL, as it reaches
 * the budgets' idea context: the proposals feature does not know funding). Read once per request.
 */
@Named
@RequestScoped
public class ProposalCampaignsView {

    @Inject
    private FundingReader reader;

    private List<CampaignSummary> campaigns;

    /** The campaigns on the proposal (or on the budget project it became), newest first; empty for a draft. */
    public List<CampaignSummary> of(Proposal proposal) {
        if (campaigns == null) {
            campaigns = proposal == null || proposal.getId() == null ? List.of() : reader.onProposal(proposal.getId(), proposal.getEnvelopeId() != null);
        }
        return campaigns;
    }
}
