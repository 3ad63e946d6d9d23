package org.civitas.proposals.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalRow;

/**
 * Proposal addresses for pages ({@code #{proposalLinks.page(p)}}): {@link ProposalAddress}, after the context path.
 */
@Named
@ApplicationScoped
public class ProposalLinks {

    /** The proposal's page. */
    public String page(Proposal proposal) {
        return root() + ProposalAddress.of(proposal);
    }

    public String row(ProposalRow row) {
        return root() + ProposalAddress.of(row);
    }

    public String page(long id, String slug) {
        return root() + ProposalAddress.of(id, slug);
    }

    /** The short address (redirected to the page), for lists that know only the id. */
    public String byId(long id) {
        return root() + ProposalAddress.of(id);
    }

    private static String root() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
