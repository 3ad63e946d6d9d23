package org.civitas.budgets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.proposals.PhotoProcessor;

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
    private Event<MilestonePosted> posted;

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

    /** A project the public sees that citizens may fund: its id, its idea's (the proposal's page), title and budget. */
    public record Fundable(long projectId, long ideaId, String title, long budgetId) {
    }

    /**
     * A feasible project of a budget whose projects are published (citizen funding may back it, selected or not);
     * empty when it is none.
     */
    @PermitAll
    public Optional<Fundable> fundable(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null || project.getVerdict() != Verdict.FEASIBLE) {
            return Optional.empty();
        }
        Budget budget = em.find(Budget.class, project.getBudgetId());
        return budget != null && budget.isProjectsPublished() ? Optional.of(new Fundable(project.getId(),
                project.getIdeaId(), project.getTitle(), project.getBudgetId())) : Optional.empty();
    }

    /** The project an idea became, when citizens may fund it ({@link #fundable}); empty for any other proposal. */
    @PermitAll
    public Optional<Fundable> fundableIdea(long ideaId) {
        return em.createQuery("SELECT p.id FROM Project p WHERE p.ideaId = :idea", Long.class)
                .setParameter("idea", ideaId).getResultList().stream().findFirst().flatMap(this::fundable);
    }

    /** A funded project, for the milestone form: empty when it is none. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Optional<Project> funded(long projectId) {
        Project project = em.find(Project.class, projectId);
        Result result = project == null ? null : em.find(Result.class, projectId);
        return result != null && result.isSelected() ? Optional.of(project) : Optional.empty();
    }

    /**
     * An official posts a milestone of a funded project, during the budget's follow-up, with its photo when one is
     * given (already checked and re-encoded: {@link MilestonePhotos}).
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Milestone post(long projectId, @NotNull @Valid MilestoneDraft draft, PhotoProcessor.Processed photo) {
        Project project = funded(projectId)
                .orElseThrow(() -> new BudgetException(BusinessException.Kind.NOT_FOUND, "followUp.notFunded"));
        budgets.requirePhase(project.getBudgetId(), Phase.FOLLOW_UP);
        checkDate(draft);
        Milestone milestone = new Milestone(projectId, draft, Callers.requireAccountId(session), clock.instant());
        if (photo != null) {
            milestone.setPhotoId(store(photo));
        }
        em.persist(milestone);
        em.flush();
        posted.fire(new MilestonePosted(project.getBudgetId(), projectId, project.getIdeaId(), milestone.getId(),
                Callers.requireAccountId(session)));
        audit.record("BUDGET_MILESTONE_POSTED", "BUDGET", project.getBudgetId(),
                project.getTitle() + ": " + draft.status() + ", " + draft.percentDone() + " %"
                        + (photo == null ? "" : ", photo"));
        return milestone;
    }

    /** A milestone, for the correction form (which asks {@link #funded} for its project): empty when it is none. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Optional<Milestone> milestone(long milestoneId) {
        return Optional.ofNullable(em.find(Milestone.class, milestoneId));
    }

    /**
     * An official corrects what a posted milestone says (its date, text, progress and status), during the budget's
     * follow-up, and replaces its photo when one is given (already checked and re-encoded).
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Milestone correct(long budgetId, long milestoneId, @NotNull @Valid MilestoneDraft draft,
                             PhotoProcessor.Processed photo) {
        Milestone milestone = lockedMilestone(budgetId, milestoneId);
        checkDate(draft);
        milestone.correct(draft);
        if (photo != null) {
            replacePhoto(milestone, photo);
        }
        em.flush();
        audit.record("BUDGET_MILESTONE_CORRECTED", "BUDGET", budgetId,
                em.find(Project.class, milestone.getProjectId()).getTitle() + ": " + draft.status() + ", "
                        + draft.percentDone() + " %" + (photo == null ? "" : ", photo"));
        return milestone;
    }

    /**
     * An official adds, replaces ({@code photo} given) or removes (null) a milestone's photo, during the budget's
     * follow-up; a replaced photo is deleted.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Milestone changePhoto(long budgetId, long milestoneId, PhotoProcessor.Processed photo) {
        Milestone milestone = lockedMilestone(budgetId, milestoneId);
        replacePhoto(milestone, photo);
        audit.record(photo == null ? "BUDGET_MILESTONE_PHOTO_REMOVED" : "BUDGET_MILESTONE_PHOTO_CHANGED", "BUDGET",
                budgetId, em.find(Project.class, milestone.getProjectId()).getTitle() + ", " + milestone.getHappenedOn());
        return milestone;
    }

    /** The milestone of that budget, locked for a change in its follow-up phase; 404 for any other. */
    private Milestone lockedMilestone(long budgetId, long milestoneId) {
        Milestone milestone = em.find(Milestone.class, milestoneId, LockModeType.PESSIMISTIC_WRITE);
        Project project = milestone == null ? null : em.find(Project.class, milestone.getProjectId());
        if (project == null || project.getBudgetId() != budgetId) {
            throw new BudgetException(BusinessException.Kind.NOT_FOUND, "followUp.noMilestone");
        }
        budgets.requirePhase(budgetId, Phase.FOLLOW_UP);
        return milestone;
    }

    /** Gives the milestone this photo (none: null), deleting the one it had. */
    private void replacePhoto(Milestone milestone, PhotoProcessor.Processed photo) {
        Long old = milestone.getPhotoId();
        milestone.setPhotoId(photo == null ? null : store(photo));
        milestone.rewritten();
        em.flush();
        if (old != null) {
            em.createQuery("DELETE FROM MilestonePhoto p WHERE p.id = :id").setParameter("id", old).executeUpdate();
        }
    }

    /** A step's date within five years of today, either way. */
    private void checkDate(MilestoneDraft draft) {
        if (draft.happenedOn().isAfter(budgets.today().plusYears(5)) || draft.happenedOn().isBefore(budgets.today().minusYears(5))) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "happenedOn", "followUp.dateRange");
        }
    }

    private long store(PhotoProcessor.Processed photo) {
        MilestonePhoto stored = new MilestonePhoto(photo, clock.instant());
        em.persist(stored);
        em.flush();
        return stored.getId();
    }

    /**
     * A milestone's photo (large or thumbnail), when anyone may see it: its budget public and counted, its project
     * funded, its idea not hidden. Empty otherwise, as for an unknown id.
     */
    @PermitAll
    public Optional<byte[]> photo(long photoId, boolean thumbnail) {
        List<Long> budget = em.createQuery("SELECT x.budgetId FROM Milestone m, Project x, Proposal i, Result r "
                        + "WHERE m.photoId = :id AND x.id = m.projectId AND i.id = x.ideaId AND r.projectId = x.id "
                        + "AND r.selected = TRUE AND i.hiddenAt IS NULL", Long.class)
                .setParameter("id", photoId).getResultList();
        if (budget.isEmpty() || budgets.page(budget.get(0), false).filter(b -> b.budget().isCounted()).isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p." + (thumbnail ? "thumbnail" : "large") + " FROM MilestonePhoto p WHERE p.id = :id",
                byte[].class).setParameter("id", photoId).getResultStream().findFirst();
    }
}
