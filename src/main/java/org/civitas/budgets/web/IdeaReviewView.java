package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.budgets.IdeaService;
import org.civitas.budgets.Project;
import org.civitas.budgets.ProjectReview;
import org.civitas.budgets.Verdict;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalStatus;

import java.util.List;

/**
 * Backs review/idea.xhtml?id=: an official assesses one idea of a budget in technical review: feasible (the project's
 * title and the services' cost), not feasible (a public reason), or a duplicate merged into a feasible idea of the
 * same envelope. The form starts from the current assessment, or from the idea's title and its author's estimate.
 */
@Named
@RequestScoped
public class IdeaReviewView {

    @Inject
    private RequestIds ids;

    @Inject
    private ProposalReader proposals;

    @Inject
    private IdeaService ideas;

    @Inject
    private ProjectReview review;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Proposal idea;
    private IdeaService.Context context;
    private List<Project> targets = List.of();

    private Verdict verdict = Verdict.FEASIBLE;
    private String title;
    private Long cost;
    private String reason;
    private Long mergedInto;

    @PostConstruct
    void read() {
        Long id = ids.get("id");
        idea = id == null ? null : proposals.openToAll(id).filter(Proposal::isIdea)
                .filter(p -> p.getStatus() == ProposalStatus.PUBLISHED).orElse(null);
        context = idea == null ? null : ideas.context(idea).orElse(null);
        if (context == null) {
            idea = null;
            return;
        }
        targets = review.feasibleIn(idea.getEnvelopeId()).stream().filter(p -> p.getIdeaId() != idea.getId()).toList();
        if (!faces.isPostback()) {
            Project current = review.assessmentOf(idea.getId()).orElse(null);
            title = current == null ? idea.getTitle() : current.getTitle();
            cost = current == null ? idea.getEstimatedCost() : current.getCost();
            verdict = current == null ? Verdict.FEASIBLE : current.getVerdict();
            reason = current == null ? null : current.getReason();
            mergedInto = current == null || current.getMergedIntoId() == null ? null
                    : targets.stream().filter(t -> t.getId().equals(current.getMergedIntoId())).map(Project::getIdeaId)
                    .findFirst().orElse(null);
        }
    }

    /** The view action: 404 for what is not a published idea of a public budget. */
    public void check() {
        if (idea == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String save() {
        review.assess(idea.getId(), new ProjectReview.Assessment(verdict, title, cost, reason, mergedInto));
        messages.notice("budgetReview.saved");
        return "/review/budget.xhtml?faces-redirect=true&id=" + context.budgetId();
    }

    public Proposal getIdea() {
        return idea;
    }

    public IdeaService.Context getContext() {
        return context;
    }

    public List<Project> getTargets() {
        return targets;
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCost() {
        return cost;
    }

    public void setCost(Long cost) {
        this.cost = cost;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(Long mergedInto) {
        this.mergedInto = mergedInto;
    }
}
