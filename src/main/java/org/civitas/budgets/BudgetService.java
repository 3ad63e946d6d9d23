package org.civitas.budgets;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.proposals.District;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.TaxonomyService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Budgets as administrators set them up and everyone reads them. The transaction boundary of the budgets feature's
 * setup: a budget and its envelopes are written together, and each change is in the audit log. What a vote decides
 * is fixed once the vote begins: the ballot, the counting rule, the amounts and envelopes can no longer change (the
 * dates and texts still can, to correct a typo or extend a phase not yet over).
 */
@Stateless
public class BudgetService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private BudgetStore store;

    @Inject
    private ProposalReader proposals;

    /** Today in the town's calendar: what phases are measured against. */
    @PermitAll
    public LocalDate today() {
        return store.today();
    }

    /** An administrator creates a budget with its envelopes. */
    @RolesAllowed(Role.Names.ADMIN)
    public Budget create(@NotNull @Valid BudgetDraft draft, @NotNull List<@NotNull @Valid EnvelopeDraft> envelopes) {
        Budget budget = store.create(draft, envelopes);
        audit.record("BUDGET_CREATED", "BUDGET", budget.getId(), budget.getTitle() + ", " + budget.getTotalAmount() + " €");
        return budget;
    }

    /**
     * An administrator changes a budget seen at {@code version} (an older one: someone changed it meanwhile, 409).
     * Once the vote has begun, only its texts and dates may change, and no phase already begun may move.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Budget update(long id, long version, @NotNull @Valid BudgetDraft draft,
                         @NotNull List<@NotNull @Valid EnvelopeDraft> envelopes) {
        Budget budget = em.find(Budget.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (budget == null) {
            throw BudgetException.notFound();
        }
        if (budget.getVersion() != version) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "budget.changedMeanwhile");
        }
        LocalDate today = today();
        Phase phase = budget.phaseOn(today);
        if (phase.ordinal() >= Phase.VOTING.ordinal()) {
            BudgetDraft before = budget.toDraft();
            if (before.totalAmount() != draft.totalAmount() || before.ballotKind() != draft.ballotKind()
                    // a basket ballot keeps no number of choices, whatever the request says
                    || !Objects.equals(before.maxChoices(),
                            draft.ballotKind() == BallotKind.APPROVAL ? draft.maxChoices() : null)
                    || before.countingRule() != draft.countingRule() || before.verifiedOnly() != draft.verifiedOnly()
                    || !Objects.equals(before.minimumAge(), draft.minimumAge())
                    || !store.sameEnvelopes(id, envelopes)) {
                throw new BudgetException(BusinessException.Kind.CONFLICT, "budget.fixedOnceVoting");
            }
        }
        List<LocalDate> was = budget.getPhases().inOrder();
        List<LocalDate> asked = draft.phases().inOrder();
        for (int i = 0; i < was.size(); i++) {
            boolean begun = !today.isBefore(was.get(i));
            if (begun && !was.get(i).equals(asked.get(i))) {
                throw new BudgetException(BusinessException.Kind.CONFLICT, "budget.begunPhaseFixed");
            }
        }
        budget.apply(draft);
        budget.openIfDue(today, clock.instant());
        store.writeEnvelopes(budget, envelopes);
        audit.record("BUDGET_CHANGED", "BUDGET", budget.getId(), budget.getTitle() + ", " + budget.getTotalAmount() + " €");
        return budget;
    }

    /** The budgets the public sees (opened: their information phase begun), newest vote first. */
    @PermitAll
    public List<Budget> publicBudgets() {
        return em.createQuery("SELECT b FROM Budget b WHERE b.openedAt IS NOT NULL AND b.informationOn <= :today "
                        + "ORDER BY b.votingOn DESC, b.id DESC", Budget.class)
                .setParameter("today", today()).setMaxResults(200).getResultList();
    }

    /**
     * The titles of those of {@code ids} the public sees (opened, their information phase begun): what following a
     * budget may name, and the names of the budgets one follows.
     */
    @PermitAll
    public Map<Long, String> publicTitles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (ids.isEmpty()) {
            return titles;
        }
        LocalDate today = today();
        for (Budget b : em.createQuery("SELECT b FROM Budget b WHERE b.id IN :ids", Budget.class)
                .setParameter("ids", ids).getResultList()) {
            if (b.isOpened() && b.phaseOn(today).isPublic()) {
                titles.put(b.getId(), b.getTitle());
            }
        }
        return titles;
    }

    /** The budget an idea's envelope belongs to. */
    @PermitAll
    public Optional<Long> budgetOfEnvelope(long envelopeId) {
        Envelope envelope = em.find(Envelope.class, envelopeId);
        return envelope == null ? Optional.empty() : Optional.of(envelope.getBudgetId());
    }

    /** How residents took part in a public budget, as the officials' dashboard shows it. */
    public record Participation(long budgetId, String title, Phase phase, long ideas, long voters, long onlineBallots,
                                long paperBallots, boolean counted) {
    }

    /** Each public budget's participation (ideas, voters, ballots online and on paper), newest vote first. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<Participation> participation() {
        LocalDate today = today();
        return publicBudgets().stream().map(b -> {
            List<Long> envelopes = store.envelopes(b.getId()).stream().map(Envelope::getId).toList();
            long ideas = envelopes.isEmpty() ? 0 : proposals.count(ProposalQuery.all().ideasFor(envelopes));
            long voters = em.createQuery("SELECT COUNT(v) FROM Voter v WHERE v.budgetId = :b", Long.class)
                    .setParameter("b", b.getId()).getSingleResult();
            long online = 0;
            long paper = 0;
            if (!envelopes.isEmpty()) {
                for (Object[] row : em.createQuery("SELECT b.paper, COUNT(b) FROM Ballot b WHERE b.envelopeId IN :e "
                        + "GROUP BY b.paper", Object[].class).setParameter("e", envelopes).getResultList()) {
                    if (Boolean.TRUE.equals(row[0])) {
                        paper = (Long) row[1];
                    } else {
                        online = (Long) row[1];
                    }
                }
            }
            return new Participation(b.getId(), b.getTitle(), b.phaseOn(today), ideas, voters, online, paper, b.isCounted());
        }).toList();
    }

    /** Every budget, upcoming ones included, for administrators. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Budget> allBudgets() {
        return em.createQuery("SELECT b FROM Budget b ORDER BY b.votingOn DESC, b.id DESC", Budget.class)
                .setMaxResults(500).getResultList();
    }

    /**
     * A budget's page as the caller may see it: an upcoming budget only for administrators (anyone else finds
     * nothing, as for a budget that does not exist).
     */
    @PermitAll
    public Optional<BudgetPage> page(long id, boolean administrator) {
        Budget budget = em.find(Budget.class, id);
        if (budget == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        Phase phase = budget.phaseOn(today);
        if ((!phase.isPublic() || !budget.isOpened()) && !administrator) {
            return Optional.empty();
        }
        Map<Long, District> districts = new HashMap<>();
        taxonomy.allDistricts().forEach(d -> districts.put(d.getId(), d));
        List<BudgetPage.EnvelopeRow> rows = new ArrayList<>();
        for (Envelope e : store.envelopes(id)) {
            District d = e.getDistrictId() == null ? null : districts.get(e.getDistrictId());
            rows.add(new BudgetPage.EnvelopeRow(e.getId(), d == null ? null : d.getCode(),
                    d == null ? null : d.getName(), e.getAmount()));
        }
        rows.sort(Comparator.comparing((BudgetPage.EnvelopeRow r) -> !r.isTownWide())
                .thenComparing(r -> r.districtName() == null ? "" : r.districtName()));
        long ideas = rows.isEmpty() ? 0
                : proposals.count(ProposalQuery.all().ideasFor(rows.stream().map(BudgetPage.EnvelopeRow::id).toList()));
        return Optional.of(new BudgetPage(budget, phase, today, List.copyOf(rows), ideas));
    }

    /** Fails with a 409 naming the current phase unless the budget is in one of {@code allowed}; returns it. */
    @PermitAll
    public Budget requirePhase(long id, Phase... allowed) {
        Budget budget = em.find(Budget.class, id);
        Phase current = budget == null ? Phase.UPCOMING : budget.phaseOn(today());
        if (!current.isPublic() || !budget.isOpened()) {
            throw BudgetException.notFound();
        }
        for (Phase p : allowed) {
            if (p == current) {
                return budget;
            }
        }
        throw BudgetException.outOfPhase(current);
    }
}
