package org.civitas.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.civitas.comments.CommentService;
import org.civitas.moderation.ReportForm;
import org.civitas.moderation.ReportReason;
import org.civitas.moderation.ReportService;
import org.civitas.moderation.ReportTarget;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Backs report.xhtml: {@code ?proposal=ID} or {@code ?comment=ID}. Shows what is reported, asks why, and sends the
 * person back to it with a thank-you. The item is read in {@code @PostConstruct} from the request (a hidden field
 * on the postback), so that it is known when the form is decoded.
 */
@Named
@RequestScoped
public class ReportView {

    @Inject
    private RequestIds ids;

    @Inject
    private ReportService reports;

    @Inject
    private ProposalReader proposals;

    @Inject
    private CommentService comments;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private ReportTarget target;
    private Long targetId;
    private Proposal proposal;
    private String commentBody;
    private String reason;

    @Size(max = 500)
    @PlainText
    private String details;

    @PostConstruct
    void read() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        Long commentId = ids.get("comment");
        Long proposalId = ids.get("proposal");
        reason = params.get("reason");
        if (commentId != null) {
            CommentService.Reportable comment = comments.findReportable(commentId).orElse(null);
            target = comment == null ? null : ReportTarget.COMMENT;
            targetId = commentId;
            commentBody = comment == null ? null : comment.body();
            proposal = comment == null ? null : proposals.find(comment.proposalId()).orElse(null);
        } else if (proposalId != null) {
            proposal = proposals.openToAll(proposalId).orElse(null);
            target = proposal == null ? null : ReportTarget.PROPOSAL;
            targetId = proposalId;
        }
        if (target == null || proposal == null) {
            target = null;
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void send() {
        if (target == null) {
            return;
        }
        if (parseReason() == null) {
            messages.error("report.reason.required");
            faces.validationFailed();
            return;
        }
        ReportService.Outcome outcome = reports.report(target, targetId, new ReportForm(parseReason(), details));
        messages.notice(outcome.hidden() ? "report.thanksHidden" : "report.thanks");
        try {
            faces.getExternalContext().redirect(backUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportReason parseReason() {
        try {
            return reason == null || reason.isBlank() ? null : ReportReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Where the person came from: the proposal, at the comment when a comment is reported. */
    public String backUrl() {
        String base = faces.getExternalContext().getRequestContextPath()
                + (proposal == null ? "/proposals" : ProposalAddress.of(proposal));
        return target == ReportTarget.COMMENT ? base + "#c-" + targetId : base;
    }

    public List<ReportReason> getReasons() {
        return List.of(ReportReason.values());
    }

    public boolean isFound() {
        return target != null;
    }

    public boolean isComment() {
        return target == ReportTarget.COMMENT;
    }

    public String getTargetParameter() {
        return target == ReportTarget.COMMENT ? "comment" : "proposal";
    }

    public Long getTargetId() {
        return targetId;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public String getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
