package org.civitas.budgets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Role;
import org.civitas.accounts.oidc.VerifiedIdentities;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A resident's vote in a participatory budget: declared once (their district, their age when the budget asks),
 * then per envelope a basket filled within the envelope's amount (or up to N projects for an approval ballot), which
 * counts once confirmed and may be changed and confirmed again until the vote closes. Every write locks the voter's
 * row first, so one resident's concurrent submissions are decided one at a time: one ballot per voter and envelope,
 * whatever arrives at once.
 */
@Stateless
public class BallotService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a resident declares once for a budget: their district's code (none: the whole town's envelope only). */
    public record Declaration(@Size(max = 40) String district, boolean ofAge) {
    }

    /**
     * An envelope's ballot as a resident's page shows it: the envelope, a page of its projects, the voter (null when
     * not declared or not signed in), the basket (chosen project ids and their cost) and the confirmed ballot.
     */
    public record BasketPage(BudgetPage budget, BudgetPage.EnvelopeRow envelope, List<ProjectRow> projects,
                             long projectCount, Voter voter, Map<Long, Long> basket, Set<Long> ballot,
                             Instant confirmedAt) {

        public long spent() {
            return basket.values().stream().mapToLong(Long::longValue).sum();
        }

        public long left() {
            return envelope.amount() - spent();
        }

        public boolean isChosen(long projectId) {
            return basket.containsKey(projectId);
        }

        /** Counted: a confirmed ballot that is the basket as it is now. */
        public boolean isConfirmed() {
            return confirmedAt != null && ballot.equals(basket.keySet());
        }
    }

    /** A ballot as confirmed: its projects, in the order chosen, and when. */
    public record Confirmed(List<Long> projects, Instant at) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BudgetService budgets;

    @Inject
    private BudgetStore store;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private VerifiedIdentities verified;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * A page of an envelope's projects on the ballot (those the review found feasible, once published), filtered by
     * theme and highest cost, cheapest first, with the caller's basket and ballot when they are a declared voter.
     */
    @PermitAll
    public Optional<BasketPage> page(long budgetId, long envelopeId, String themeCode, Long maxCost, int first, int size) {
        BudgetPage budget = budgets.page(budgetId, false).orElse(null);
        BudgetPage.EnvelopeRow envelope = budget == null ? null : budget.envelopes().stream()
                .filter(e -> e.id() == envelopeId).findFirst().orElse(null);
        if (envelope == null) {
            return Optional.empty();
        }
        List<ProjectRow> projects = List.of();
        long count = 0;
        if (budget.budget().isProjectsPublished()) {
            String where = " FROM Project x, Proposal i JOIN i.theme t WHERE i.id = x.ideaId AND x.envelopeId = :e "
                    + "AND x.verdict = :f AND i.hiddenAt IS NULL" + (themeCode == null ? "" : " AND t.code = :theme")
                    + (maxCost == null ? "" : " AND x.cost <= :max");
            TypedQuery<ProjectRow> rows = em.createQuery("SELECT NEW org.civitas.budgets.ProjectRow(x.id, i.id, x.title, "
                    + "x.cost, i.summary, i.slug, i.photoId, t.code, t.nameFr, t.nameEn)" + where
                    + " ORDER BY x.cost, x.title, x.id", ProjectRow.class);
            TypedQuery<Long> counted = em.createQuery("SELECT COUNT(x)" + where, Long.class);
            for (TypedQuery<?> q : List.of(rows, counted)) {
                q.setParameter("e", envelopeId).setParameter("f", Verdict.FEASIBLE);
                if (themeCode != null) {
                    q.setParameter("theme", themeCode);
                }
                if (maxCost != null) {
                    q.setParameter("max", maxCost);
                }
            }
            projects = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100)))
                    .getResultList();
            count = counted.getSingleResult();
        }
        Voter voter = Callers.accountId(session).flatMap(me -> voter(budgetId, me, false)).orElse(null);
        Map<Long, Long> basket = Map.of();
        Set<Long> ballot = Set.of();
        Instant confirmedAt = null;
        if (voter != null) {
            basket = basket(voter.getId(), envelopeId);
            Ballot confirmed = ballot(envelopeId, voter.getId()).orElse(null);
            if (confirmed != null) {
                confirmedAt = confirmed.getConfirmedAt();
                List<?> chosen = em.createNativeQuery("SELECT project_id FROM budget_ballot_choice WHERE ballot_id = ?")
                        .setParameter(1, confirmed.getId()).getResultList();
                ballot = chosen.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
            }
        }
        return Optional.of(new BasketPage(budget, envelope, projects, count, voter, basket, ballot, confirmedAt));
    }

    /** The caller's declaration for a budget, if they made one. */
    @PermitAll
    public Optional<Voter> myDeclaration(long budgetId) {
        return Callers.accountId(session).flatMap(me -> voter(budgetId, me, false));
    }

    /** The caller declares, once, what the budget's vote needs: their district, and their age when it asks. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Voter declare(long budgetId, @NotNull Declaration declaration) {
        long me = Callers.requireAccountId(session);
        // Declarations of one budget are decided one at a time: nobody declares twice by sending twice at once
        Budget budget = em.find(Budget.class, budgetId, LockModeType.PESSIMISTIC_WRITE);
        votingBudget(budgetId);
        if (budget.isVerifiedOnly() && !verified.isVerified(me)) {
            throw new BudgetException(BusinessException.Kind.FORBIDDEN, "ballot.verifiedOnly");
        }
        if (budget.getMinimumAge() != null && !declaration.ofAge()) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "ofAge", "ballot.ageNeeded",
                    budget.getMinimumAge());
        }
        Long district = null;
        if (declaration.district() != null && !declaration.district().isBlank()) {
            district = taxonomy.allDistricts().stream().filter(d -> d.getCode().equals(declaration.district().strip()))
                    .map(District::getId).findFirst().orElseThrow(() -> BusinessException.ofField(
                            BusinessException.Kind.INVALID, "district", "budget.unknownDistrict",
                            declaration.district().strip()));
        }
        if (voter(budgetId, me, false).isPresent()) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "ballot.alreadyDeclared");
        }
        Voter voter = new Voter(budgetId, me, district, clock.instant());
        em.persist(voter);
        return voter;
    }

    /** The caller adds a project to their basket of its envelope; it must fit what is left (or the number allowed). */
    @RolesAllowed(Role.Names.CITIZEN)
    public void add(long budgetId, long envelopeId, long projectId) {
        Envelope envelope = envelope(budgetId, envelopeId);
        Budget budget = votingBudget(envelope.getBudgetId());
        Voter voter = lockedVoterIn(envelope);
        Project project = project(envelope, projectId);
        Map<Long, Long> basket = basket(voter.getId(), envelopeId);
        if (basket.containsKey(projectId)) {
            return;
        }
        basket.put(projectId, project.getCost());
        requireFits(budget, envelope, basket, project);
        insertItem(voter.getId(), envelopeId, projectId);
    }

    /** The caller takes a project out of their basket (their confirmed ballot stays until they confirm again). */
    @RolesAllowed(Role.Names.CITIZEN)
    public void remove(long budgetId, long envelopeId, long projectId) {
        Envelope envelope = envelope(budgetId, envelopeId);
        votingBudget(envelope.getBudgetId());
        Voter voter = lockedVoterIn(envelope);
        em.createNativeQuery("DELETE FROM budget_basket_item WHERE voter_id = ? AND project_id = ?")
                .setParameter(1, voter.getId()).setParameter(2, projectId).executeUpdate();
    }

    /**
     * The caller confirms their basket of an envelope as their ballot, which replaces the one confirmed before. With
     * {@code projects}, the basket becomes those projects first (an API client's whole ballot in one request).
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Confirmed confirm(long budgetId, long envelopeId, List<Long> projects) {
        Envelope envelope = envelope(budgetId, envelopeId);
        Budget budget = votingBudget(envelope.getBudgetId());
        Voter voter = lockedVoterIn(envelope);
        Map<Long, Long> basket;
        if (projects != null) {
            basket = new LinkedHashMap<>();
            Map<Long, Long> costs = costs(em, envelopeId, projects);
            for (Long id : projects) {
                Long cost = costs.get(id);
                if (cost == null) {
                    throw new BudgetException(BusinessException.Kind.NOT_FOUND, "ballot.projectNotFound");
                }
                basket.put(id, cost);
            }
            requireFits(budget, envelope, basket, null);
            em.createNativeQuery("DELETE FROM budget_basket_item WHERE voter_id = ? AND envelope_id = ?")
                    .setParameter(1, voter.getId()).setParameter(2, envelopeId).executeUpdate();
            insertItems(voter.getId(), envelopeId, basket.keySet());
        } else {
            basket = basket(voter.getId(), envelopeId);
            requireFits(budget, envelope, basket, null);
        }
        if (basket.isEmpty()) {
            throw new BudgetException(BusinessException.Kind.INVALID, "ballot.empty");
        }
        Ballot ballot = ballot(envelopeId, voter.getId()).orElse(null);
        if (ballot == null) {
            ballot = new Ballot(envelopeId, voter.getId(), false, token(), clock.instant());
            em.persist(ballot);
            em.flush();
        } else {
            ballot.confirmed(clock.instant());
            em.createNativeQuery("DELETE FROM budget_ballot_choice WHERE ballot_id = ?").setParameter(1, ballot.getId())
                    .executeUpdate();
        }
        Query choices = em.createNativeQuery("INSERT INTO budget_ballot_choice (ballot_id, project_id) VALUES "
                + rows(basket.size(), "(?, ?)"));
        int parameter = 1;
        for (Long project : basket.keySet()) {
            choices.setParameter(parameter++, ballot.getId()).setParameter(parameter++, project);
        }
        choices.executeUpdate();
        return new Confirmed(List.copyOf(basket.keySet()), ballot.getConfirmedAt());
    }

    /** The budget of a vote under way with its projects published; 409 naming the phase otherwise. */
    private Budget votingBudget(long budgetId) {
        Budget budget = budgets.requirePhase(budgetId, Phase.VOTING);
        if (!budget.isProjectsPublished()) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "ballot.noProjects");
        }
        return budget;
    }

    private Envelope envelope(long budgetId, long envelopeId) {
        return store.envelope(envelopeId).filter(e -> e.getBudgetId() == budgetId)
                .orElseThrow(BudgetException::envelopeNotFound);
    }

    /** The caller's voter row for the envelope's budget, locked; they must have declared and vote in this envelope. */
    private Voter lockedVoterIn(Envelope envelope) {
        Voter voter = voter(envelope.getBudgetId(), Callers.requireAccountId(session), true)
                .orElseThrow(() -> new BudgetException(BusinessException.Kind.CONFLICT, "ballot.declareFirst"));
        if (!voter.votesIn(envelope)) {
            throw new BudgetException(BusinessException.Kind.FORBIDDEN, "ballot.notYourEnvelope");
        }
        return voter;
    }

    private Optional<Voter> voter(long budgetId, long accountId, boolean locked) {
        TypedQuery<Voter> query = em.createQuery("SELECT v FROM Voter v WHERE v.budgetId = :b AND v.accountId = :a",
                Voter.class).setParameter("b", budgetId).setParameter("a", accountId);
        if (locked) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private Project project(Envelope envelope, long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null || project.getEnvelopeId() != envelope.getId() || project.getVerdict() != Verdict.FEASIBLE) {
            throw new BudgetException(BusinessException.Kind.NOT_FOUND, "ballot.projectNotFound");
        }
        return project;
    }

    /** The costs of those of {@code ids} on the envelope's ballot. */
    static Map<Long, Long> costs(EntityManager em, long envelopeId, List<Long> ids) {
        Map<Long, Long> costs = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return costs;
        }
        em.createQuery("SELECT x.id, x.cost FROM Project x WHERE x.envelopeId = :e AND x.verdict = :f AND x.id IN :ids",
                        Object[].class).setParameter("e", envelopeId).setParameter("f", Verdict.FEASIBLE)
                .setParameter("ids", new LinkedHashSet<>(ids)).getResultList()
                .forEach(r -> costs.put((Long) r[0], (Long) r[1]));
        return costs;
    }

    /** A voter's basket of an envelope: project ids (in the order added) and their costs. */
    private Map<Long, Long> basket(long voterId, long envelopeId) {
        Map<Long, Long> basket = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("SELECT x.id, x.cost FROM budget_basket_item b JOIN budget_project x "
                        + "ON x.id = b.project_id WHERE b.voter_id = ? AND b.envelope_id = ? ORDER BY b.added_at, x.id")
                .setParameter(1, voterId).setParameter(2, envelopeId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            basket.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return basket;
    }

    private Optional<Ballot> ballot(long envelopeId, long voterId) {
        return em.createQuery("SELECT b FROM Ballot b WHERE b.envelopeId = :e AND b.voterId = :v", Ballot.class)
                .setParameter("e", envelopeId).setParameter("v", voterId).getResultStream().findFirst();
    }

    /** Refuses a basket over the envelope's amount (a basket ballot) or over the number allowed (an approval one). */
    static void requireFits(Budget budget, Envelope envelope, Map<Long, Long> basket, Project added) {
        if (budget.getBallotKind() == BallotKind.APPROVAL) {
            if (basket.size() > budget.getMaxChoices()) {
                throw new BudgetException(BusinessException.Kind.CONFLICT, "ballot.tooMany", budget.getMaxChoices());
            }
            return;
        }
        long spent = basket.values().stream().mapToLong(Long::longValue).sum();
        if (spent > envelope.getAmount()) {
            if (added != null) {
                throw new BudgetException(BusinessException.Kind.CONFLICT, "ballot.doesNotFit",
                        envelope.getAmount() - (spent - added.getCost()), added.getCost());
            }
            throw new BudgetException(BusinessException.Kind.CONFLICT, "ballot.overAmount", spent, envelope.getAmount());
        }
    }

    private void insertItem(long voterId, long envelopeId, long projectId) {
        insertItems(voterId, envelopeId, List.of(projectId));
    }

    /** A basket's items in one statement (one row per project): a ballot is confirmed with one insert, not five. */
    private void insertItems(long voterId, long envelopeId, Collection<Long> projects) {
        if (projects.isEmpty()) {
            return;
        }
        Query insert = em.createNativeQuery("INSERT INTO budget_basket_item (voter_id, envelope_id, project_id, added_at) "
                + "VALUES " + rows(projects.size(), "(?, ?, ?, ?)"));
        Timestamp now = Timestamp.from(clock.instant());
        int parameter = 1;
        for (Long project : projects) {
            insert.setParameter(parameter++, voterId).setParameter(parameter++, envelopeId)
                    .setParameter(parameter++, project).setParameter(parameter++, now);
        }
        insert.executeUpdate();
    }

    /** {@code row} repeated {@code count} times, comma-separated: a multi-row VALUES list. */
    private static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
