package org.civitas.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.web.ProposalRoutes;
import org.civitas.review.AnswerForm;
import org.civitas.review.AnswerShown;
import org.civitas.review.ReviewService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs review/answer.xhtml?id=: an official answers a proposal (decision, public text, optional cost and date).
 * The proposal is read in {@code @PostConstruct} from the request (a hidden field on the postback).
 */
@Named
@RequestScoped
public class AnswerView {

    @Inject
    private RequestIds ids;

    @Inject
    private ProposalReader proposals;

    @Inject
    private ReviewService review;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private Proposal proposal;
    private List<AnswerShown> previous = List.of();

    private String decision;

    @NotBlank
    @Size(max = 5000)
    @PlainText
    private String body;

    /** Euros, converted by civitas.euros. */
    private BigDecimal cost;

    /** Converted by civitas.date. */
    private LocalDate plannedOn;

    @PostConstruct
    void read() {
        id = ids.get("id");
        proposal = id == null ? null : proposals.find(id).filter(p -> p.getStatus().isPublic() && !p.isHidden())
                .orElse(null);
        if (proposal == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        previous = review.answers(id);
    }

    /** The decisions the proposal's state allows now. */
    public List<ProposalStatus> getDecisions() {
        return proposal == null ? List.of() : ProposalStatus.ANSWERS.stream()
                .filter(d -> proposal.getStatus().canBecome(d)).toList();
    }

    public String send() {
        if (proposal == null) {
            return null;
        }
        ProposalStatus chosen = getDecisions().stream().filter(d -> d.name().equals(decision)).findFirst().orElse(null);
        if (chosen == null) {
            messages.fieldError("decision", "answer.decisionRequired");
            return null;
        }
        review.answer(id, new AnswerForm(chosen, body, cost, plannedOn));
        messages.notice("answer.published");
        ProposalRoutes.redirectTo(faces, proposals.find(id).orElse(proposal));
        return null;
    }

    public boolean isFound() {
        return proposal != null;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Long getId() {
        return id;
    }

    public List<AnswerShown> getPrevious() {
        return previous;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }
}
