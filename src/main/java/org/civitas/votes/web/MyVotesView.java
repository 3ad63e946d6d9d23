package org.civitas.votes.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.web.Paging;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;
import org.civitas.votes.VoteService;

import java.util.List;
import java.util.Map;

/**
 * The "My supports" part of account/activity.xhtml: the signed-in person's votes, the latest first, with the titles
 * of the proposals (one query for the page; a proposal hidden since shows without a link), {@value #PAGE_SIZE} a
 * page ({@code ?v=}).
 */
@Named
@RequestScoped
public class MyVotesView {

    static final int PAGE_SIZE = 20;

    @Inject
    private VoteService votes;

    @Inject
    private ProposalReader proposals;

    @Inject
    private FacesContext faces;

    private List<VoteService.MyVote> rows;
    private Map<Long, ProposalRow> titles;
    private Paging paging;

    @PostConstruct
    void load() {
        paging = Paging.of(faces.getExternalContext().getRequestParameterMap().get("v"), votes.countMine(),
                PAGE_SIZE);
        rows = votes.mine(paging.first(), PAGE_SIZE);
        titles = proposals.rows(rows.stream().map(VoteService.MyVote::proposalId).toList());
    }

    /** The proposal's title, or null when it is no longer public (hidden). */
    public String title(VoteService.MyVote vote) {
        ProposalRow row = titles.get(vote.proposalId());
        return row == null ? null : row.title();
    }

    public String link(VoteService.MyVote vote) {
        ProposalRow row = titles.get(vote.proposalId());
        return row == null ? null : ProposalAddress.of(row.id(), row.slug());
    }

    public List<VoteService.MyVote> getRows() {
        return rows;
    }

    public Paging getPaging() {
        return paging;
    }
}
