package org.civitas.budgets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up of a counted budget's funded projects: officials post milestones (a date, a text, how far along, the
 * status then) during the follow-up phase, and everyone reads where each project stands until it is delivered.
 */
@Stateless
public class FollowUp {

    /** A funded project with its milestones, oldest first; {@code latest} null before the first. */
    public record FundedProject(ResultRow project, List<Milestone> milestones) {

        public Milestone latest() {
            return milestones.isEmpty() ? null : milestones.get(milestones.size() - 1);
        }
    }

    /** A counted budget's funded projects, every envelope's, in the order the count funded them. */
    public record FollowUpPage(BudgetPage budget, List<FundedProject> projects) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BudgetService budgets;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @PermitAll
    public Optional<FollowUpPage> page(long budgetId) {
        BudgetPage budget = budgets.page(budgetId, false).orElse(null);
        if (budget == null) {
            return Optional.empty();
        }
        if (!budget.budget().isCounted()) {
            return Optional.of(new FollowUpPage(budget, List.of()));
        }
        List<ResultRow> funded = em.createQuery("SELECT NEW org.civitas.budgets.ResultRow(x.id, i.id, i.slug, x.title, "
                        + "x.cost, r.votes, r.paperVotes, r.selected, r.reason, r.moneyLeft, r.fundedRank) "
                        + "FROM Result r, Project x, Proposal i WHERE x.id = r.projectId AND i.id = x.ideaId "
                        + "AND x.budgetId = :b AND r.selected = TRUE AND i.hiddenAt IS NULL "
                        + "ORDER BY r.envelopeId, r.fundedRank", ResultRow.class)
                .setParameter("b", budgetId).setMaxResults(2_000).getResultList();
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        if (!funded.isEmpty()) {
            em.createQuery("SELECT m FROM Milestone m WHERE m.projectId IN :ids ORDER BY m.happenedOn, m.id",
                            Milestone.class).setParameter("ids", funded.stream().map(ResultRow::projectId).toList())
                    .getResultList().forEach(m -> milestones.computeIfAbsent(m.getProjectId(), k -> new ArrayList<>()).add(m));
        }
        return Optional.of(new FollowUpPage(budget, funded.stream()
                .map(r -> new FundedProject(r, milestones.getOrDefault(r.projectId(), List.of()))).toList()));
    }

    /** A funded project, for the milestone form: empty when it is none. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Optional<Project> funded(long projectId) {
        Project project = em.find(Project.class, projectId);
        Result result = project == null ? null : em.find(Result.class, projectId);
        return result != null && result.isSelected() ? Optional.of(project) : Optional.empty();
    }

    /** An official posts a milestone of a funded project, during the budget's follow-up. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Milestone post(long projectId, @NotNull @Valid MilestoneDraft draft) {
        Project project = funded(projectId)
                .orElseThrow(() -> new BudgetException(BusinessException.Kind.NOT_FOUND, "followUp.notFunded"));
        budgets.requirePhase(project.getBudgetId(), Phase.FOLLOW_UP);
        if (draft.happenedOn().isAfter(budgets.today().plusYears(5)) || draft.happenedOn().isBefore(budgets.today().minusYears(5))) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "happenedOn", "followUp.dateRange");
        }
        Milestone milestone = new Milestone(projectId, draft, Callers.requireAccountId(session), clock.instant());
        em.persist(milestone);
        audit.record("BUDGET_MILESTONE_POSTED", "BUDGET", project.getBudgetId(),
                project.getTitle() + ": " + draft.status() + ", " + draft.percentDone() + " %");
        return milestone;
    }
}
