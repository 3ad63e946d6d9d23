package org.civitas.comments.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.comments.CommentService;
import org.civitas.platform.web.Paging;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;

import java.util.List;
import java.util.Map;

/**
 * The "My comments" part of account/activity.xhtml: the signed-in person's comments (not deleted), the newest first,
 * each with the proposal it is on (one query for the page), {@value #PAGE_SIZE} a page ({@code ?c=}).
 */
@Named
@RequestScoped
public class MyCommentsView {

    static final int PAGE_SIZE = 20;

    /** How much of a comment the list shows. */
    static final int EXCERPT = 160;

    @Inject
    private CommentService comments;

    @Inject
    private ProposalReader proposals;

    @Inject
    private FacesContext faces;

    private List<CommentService.MyComment> rows;
    private Map<Long, ProposalRow> titles;
    private Paging paging;

    @PostConstruct
    void load() {
        paging = Paging.of(faces.getExternalContext().getRequestParameterMap().get("c"), comments.countMine(),
                PAGE_SIZE);
        rows = comments.mine(paging.first(), PAGE_SIZE);
        titles = proposals.rows(rows.stream().map(CommentService.MyComment::proposalId).toList());
    }

    public String excerpt(CommentService.MyComment comment) {
        String body = comment.body() == null ? "" : comment.body().strip();
        return body.length() <= EXCERPT ? body : body.substring(0, body.offsetByCodePoints(0,
                body.codePointCount(0, EXCERPT))).strip() + "…";
    }

    /** The proposal's title, or null when it is no longer public. */
    public String title(CommentService.MyComment comment) {
        ProposalRow row = titles.get(comment.proposalId());
        return row == null ? null : row.title();
    }

    /** The comment on its proposal's page. */
    public String link(CommentService.MyComment comment) {
        ProposalRow row = titles.get(comment.proposalId());
        return row == null ? null : ProposalAddress.of(row.id(), row.slug()) + "#c-" + comment.id();
    }

    public List<CommentService.MyComment> getRows() {
        return rows;
    }

    public Paging getPaging() {
        return paging;
    }
}
