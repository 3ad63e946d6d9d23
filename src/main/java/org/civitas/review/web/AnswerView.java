package org.civitas.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.Numbers;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.web.ProposalRoutes;
import org.civitas.review.AnswerForm;
import org.civitas.review.AnswerShown;
import org.civitas.review.ReviewService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Backs review/answer.xhtml?id=: an official answers a proposal (decision, public text, optional cost and date).
 * The proposal is read in {@code @PostConstruct} from the request (a hidden field on the postback).
 */
@Named
@RequestScoped
public class AnswerView {

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

    @Size(max = 20)
    private String cost;

    @Size(max = 10)
    private String plannedOn;

    @PostConstruct
    void read() {
        id = Numbers.parseOrNull(faces.getExternalContext().getRequestParameterMap().get("id"));
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
        BigDecimal estimate = null;
        if (cost != null && !cost.isBlank()) {
            try {
                estimate = new BigDecimal(cost.strip().replace(" ", "").replace("\u202F", "").replace("\u00A0", "")
                        .replace("€", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                messages.fieldError("cost", "answer.costInvalid");
                return null;
            }
            if (estimate.signum() < 0 || estimate.scale() > 2 || estimate.precision() - estimate.scale() > 12) {
                messages.fieldError("cost", "answer.costInvalid");
                return null;
            }
        }
        LocalDate date = null;
        if (plannedOn != null && !plannedOn.isBlank()) {
            try {
                date = LocalDate.parse(plannedOn.strip());
            } catch (DateTimeParseException e) {
                messages.fieldError("plannedOn", "answer.dateInvalid");
                return null;
            }
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                messages.fieldError("plannedOn", "answer.dateInvalid");
                return null;
            }
        }
        review.answer(id, new AnswerForm(chosen, body, estimate, date));
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

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(String plannedOn) {
        this.plannedOn = plannedOn;
    }
}
