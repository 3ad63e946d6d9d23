package org.civitas.budgets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalStatus;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The technical review of a budget's ideas, by officials, during its review phase: each published idea assessed
 * feasible (the services' title and cost), not feasible (a public reason) or merged into a feasible idea of its envelope
 * (its author credited there, and told); then the projects published, which fixes the review and puts the feasible
 * ones on the ballot. Each write locks the budget's row: two officials' writes on one budget are decided one at a time,
 * and none slips past the publication.
 */
@Stateless
public class ProjectReview {

    /** What an official decides of an idea. {@code mergedInto}: for a merge, the idea (id) it joins. */
    public record Assessment(
            @NotNull Verdict verdict,
            @NotBlank @Size(max = 150) @PlainLine String title,
            @Min(1) @Max(1_000_000_000) Long cost,
            @Size(max = 2000) @PlainText String reason,
            Long mergedInto) {
    }

    /** The review of a budget as officials see it: a page of its published ideas with their assessments, and counts. */
    public record ReviewPage(BudgetPage budget, List<ProposalRow> ideas, Map<Long, Project> assessments, long total,
                             long assessed, long feasible) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BudgetService budgets;

    @Inject
    private BudgetStore store;

    @Inject
    private ProposalReader proposals;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<IdeaReviewed> reviewed;

    @Resource
    private SessionContext session;

    /** A page of the budget's published ideas (one envelope's, or all), most supported first, with their assessments. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public ReviewPage page(long budgetId, Long envelopeId, int first, int size) {
        BudgetPage budget = budgets.page(budgetId, false).orElseThrow(BudgetException::notFound);
        List<Long> envelopes = budget.envelopes().stream().map(BudgetPage.EnvelopeRow::id)
                .filter(e -> envelopeId == null || e.equals(envelopeId)).toList();
        if (envelopes.isEmpty()) {
            return new ReviewPage(budget, List.of(), Map.of(), 0, 0, 0);
        }
        ProposalQuery query = new ProposalQuery(null, null, ProposalStatus.PUBLISHED, null,
                ProposalQuery.Sort.MOST_SUPPORTED).ideasFor(envelopes);
        List<ProposalRow> rows = proposals.list(query, first, size);
        Map<Long, Project> assessments = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("SELECT x FROM Project x WHERE x.ideaId IN :ids", Project.class)
                    .setParameter("ids", rows.stream().map(ProposalRow::id).toList()).getResultList()
                    .forEach(x -> assessments.put(x.getIdeaId(), x));
        }
        Object[] counts = em.createQuery("SELECT COUNT(x), SUM(CASE WHEN x.verdict = :f THEN 1 ELSE 0 END) "
                        + "FROM Project x WHERE x.envelopeId IN :e", Object[].class)
                .setParameter("f", Verdict.FEASIBLE).setParameter("e", envelopes).getSingleResult();
        return new ReviewPage(budget, rows, assessments, proposals.count(query), number(counts[0]), number(counts[1]));
    }

    /** The assessment of an idea, if it has one. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Optional<Project> assessmentOf(long ideaId) {
        return find(ideaId);
    }

    /** The feasible projects of an envelope, by title: what a duplicate may be merged into. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public List<Project> feasibleIn(long envelopeId) {
        return em.createQuery("SELECT x FROM Project x WHERE x.envelopeId = :e AND x.verdict = :f ORDER BY x.title",
                Project.class).setParameter("e", envelopeId).setParameter("f", Verdict.FEASIBLE)
                .setMaxResults(500).getResultList();
    }

    /** An official assesses a published idea (again, until the projects are published). */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Project assess(long ideaId, @NotNull @Valid Assessment assessment) {
        Proposal idea = proposals.openToAll(ideaId).filter(Proposal::isIdea)
                .filter(p -> p.getStatus() == ProposalStatus.PUBLISHED)
                .orElseThrow(() -> new BudgetException(BusinessException.Kind.NOT_FOUND, "budgetReview.ideaNotFound"));
        Envelope envelope = store.envelope(idea.getEnvelopeId()).orElseThrow(BudgetException::envelopeNotFound);
        lockedInReview(envelope.getBudgetId());
        Long mergedInto = null;
        switch (assessment.verdict()) {
            case FEASIBLE -> {
                if (assessment.cost() == null) {
                    throw BusinessException.ofField(BusinessException.Kind.INVALID, "cost", "budgetReview.costNeeded");
                }
            }
            case UNFEASIBLE -> {
                if (assessment.reason() == null || assessment.reason().isBlank()) {
                    throw BusinessException.ofField(BusinessException.Kind.INVALID, "reason", "budgetReview.reasonNeeded");
                }
            }
            case MERGED -> {
                Project target = assessment.mergedInto() == null || assessment.mergedInto() == ideaId ? null
                        : find(assessment.mergedInto()).filter(x -> x.getVerdict() == Verdict.FEASIBLE)
                        .filter(x -> x.getEnvelopeId() == envelope.getId()).orElse(null);
                if (target == null) {
                    throw BusinessException.ofField(BusinessException.Kind.INVALID, "mergedInto", "budgetReview.mergeTarget");
                }
                mergedInto = target.getId();
            }
        }
        Project project = find(ideaId).orElse(null);
        if (project == null) {
            project = new Project(envelope.getBudgetId(), envelope.getId(), ideaId);
        } else if (assessment.verdict() != Verdict.FEASIBLE && hasMerged(project.getId())) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "budgetReview.hasMerged");
        }
        project.assess(assessment.verdict(), assessment.title().strip(), assessment.cost(),
                assessment.reason() == null || assessment.reason().isBlank() ? null : assessment.reason().strip(),
                mergedInto, Callers.requireAccountId(session), clock.instant());
        if (project.getId() == null) {
            em.persist(project);
        }
        em.flush();
        audit.record("BUDGET_IDEA_REVIEWED", "PROPOSAL", ideaId, assessment.verdict() + (assessment.cost() == null
                || assessment.verdict() != Verdict.FEASIBLE ? "" : ", " + assessment.cost() + " €"));
        reviewed.fire(new IdeaReviewed(ideaId, idea.getAuthorId(), assessment.verdict(),
                mergedInto == null ? null : em.find(Project.class, mergedInto).getIdeaId()));
        return project;
    }

    /**
     * An official publishes the budget's projects, once every published idea is assessed: the review is fixed and the
     * feasible projects go to the vote. How many projects.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public long publish(long budgetId) {
        Budget budget = lockedInReview(budgetId);
        List<Long> envelopes = store.envelopes(budgetId).stream().map(Envelope::getId).toList();
        long unassessed = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.envelopeId IN :e AND p.status = :s "
                        + "AND p.hiddenAt IS NULL AND NOT EXISTS (SELECT x FROM Project x WHERE x.ideaId = p.id)", Long.class)
                .setParameter("e", envelopes).setParameter("s", ProposalStatus.PUBLISHED).getSingleResult();
        if (unassessed > 0) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "budgetReview.unassessed", unassessed);
        }
        long feasible = em.createQuery("SELECT COUNT(x) FROM Project x WHERE x.budgetId = :b AND x.verdict = :f",
                Long.class).setParameter("b", budgetId).setParameter("f", Verdict.FEASIBLE).getSingleResult();
        if (feasible == 0) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "budgetReview.noProject");
        }
        budget.publishProjects(clock.instant());
        // Every project row written: open data's change feed brings them now that they are public
        em.createQuery("UPDATE Project x SET x.version = x.version + 1, x.changedAt = :now WHERE x.budgetId = :b")
                .setParameter("now", clock.instant()).setParameter("b", budgetId).executeUpdate();
        audit.record("BUDGET_PROJECTS_PUBLISHED", "BUDGET", budgetId, feasible + " projects");
        return feasible;
    }

    /** The budget's row, locked, in its review phase with its projects not yet published. */
    private Budget lockedInReview(long budgetId) {
        Budget budget = em.find(Budget.class, budgetId, LockModeType.PESSIMISTIC_WRITE);
        budgets.requirePhase(budgetId, Phase.REVIEW);
        if (budget.isProjectsPublished()) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "budgetReview.published");
        }
        return budget;
    }

    private Optional<Project> find(long ideaId) {
        return em.createQuery("SELECT x FROM Project x WHERE x.ideaId = :i", Project.class).setParameter("i", ideaId)
                .getResultStream().findFirst();
    }

    private boolean hasMerged(long projectId) {
        return !em.createQuery("SELECT x.id FROM Project x WHERE x.mergedIntoId = :p", Long.class)
                .setParameter("p", projectId).setMaxResults(1).getResultList().isEmpty();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
