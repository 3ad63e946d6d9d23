package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.web.Paging;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;

import java.util.List;

/**
 * The "My proposals" part of account/activity.xhtml: the signed-in person's proposals, drafts first reachable from
 * here (a saved draft had no other way back than its address), {@value #PAGE_SIZE} a page ({@code ?p=}).
 */
@Named
@RequestScoped
public class MyProposalsView {

    static final int PAGE_SIZE = 20;

    @Inject
    private ProposalReader proposals;

    @Inject
    private FacesContext faces;

    private List<ProposalRow> rows;
    private Paging paging;

    @PostConstruct
    void load() {
        paging = Paging.of(faces.getExternalContext().getRequestParameterMap().get("p"), proposals.countMine(),
                PAGE_SIZE);
        rows = proposals.mine(paging.first(), PAGE_SIZE);
    }

    public String link(ProposalRow row) {
        return ProposalAddress.of(row.id(), row.slug());
    }

    public List<ProposalRow> getRows() {
        return rows;
    }

    public Paging getPaging() {
        return paging;
    }
}
