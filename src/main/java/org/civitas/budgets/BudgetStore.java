package org.civitas.budgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Town;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.TaxonomyService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The writes and queries behind {@link BudgetService} (an administrator's changes) and {@link BudgetSeeder} (the demo
 * town's budget): a plain bean inside the caller's transaction, which has already checked who may write.
 */
@ApplicationScoped
public class BudgetStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private Clock clock;

    @Inject
    private Town town;

    @Inject
    private ProposalReader proposals;

    /** Today in the town's calendar: what phases are measured against. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(town.getZone()));
    }

    /** A new budget with its envelopes, open at once if its information phase has begun. */
    Budget create(BudgetDraft draft, List<EnvelopeDraft> envelopes) {
        Budget budget = new Budget(draft, clock.instant());
        budget.openIfDue(today(), clock.instant());
        em.persist(budget);
        em.flush();
        writeEnvelopes(budget, envelopes);
        return budget;
    }

    /** Opens the budgets whose information phase has begun and that are not open yet; how many. */
    int openDue() {
        List<Budget> due = em.createQuery("SELECT b FROM Budget b WHERE b.openedAt IS NULL AND b.informationOn <= :today",
                Budget.class).setParameter("today", today()).getResultList();
        due.forEach(b -> b.openIfDue(today(), clock.instant()));
        return due.size();
    }

    /** An envelope by id, if there is one. */
    Optional<Envelope> envelope(long id) {
        return Optional.ofNullable(em.find(Envelope.class, id));
    }

    /** When a phase begins: 00:00 of its date, town time. */
    Instant startOf(Budget budget, Phase phase) {
        return budget.getPhases().start(phase).atStartOfDay(town.getZone()).toInstant();
    }

    List<Envelope> envelopes(long budgetId) {
        return em.createQuery("SELECT e FROM Envelope e WHERE e.budgetId = :b ORDER BY e.id", Envelope.class)
                .setParameter("b", budgetId).getResultList();
    }

    boolean sameEnvelopes(long budgetId, List<EnvelopeDraft> asked) {
        Map<Long, Long> now = new HashMap<>();
        envelopes(budgetId).forEach(e -> now.put(key(e.getDistrictId()), e.getAmount()));
        Map<String, Long> districts = districtIds();
        Map<Long, Long> wanted = new HashMap<>();
        for (EnvelopeDraft d : asked) {
            wanted.put(key(districtId(d, districts)), d.amount());
        }
        return now.equals(wanted);
    }

    /**
     * Writes a budget's envelopes as asked: one per district at most, one for the whole town at most, at least one, their
     * amounts adding up to no more than the total. An envelope kept keeps its id (projects will refer to it).
     */
    void writeEnvelopes(Budget budget, List<EnvelopeDraft> asked) {
        if (asked.isEmpty()) {
            throw new BudgetException(BusinessException.Kind.INVALID, "budget.envelopeNeeded");
        }
        Set<String> seen = new HashSet<>();
        long sum = 0;
        for (EnvelopeDraft d : asked) {
            if (!seen.add(d.isTownWide() ? "" : d.district())) {
                throw new BudgetException(BusinessException.Kind.INVALID, "budget.envelopeTwice");
            }
            sum += d.amount();
        }
        if (sum > budget.getTotalAmount()) {
            throw new BudgetException(BusinessException.Kind.INVALID, "budget.envelopesOverTotal", sum,
                    budget.getTotalAmount());
        }
        Map<Long, Envelope> existing = new HashMap<>();
        envelopes(budget.getId()).forEach(e -> existing.put(key(e.getDistrictId()), e));
        Map<String, Long> districts = districtIds();
        for (EnvelopeDraft d : asked) {
            Long district = districtId(d, districts);
            Envelope kept = existing.remove(key(district));
            if (kept == null) {
                em.persist(new Envelope(budget.getId(), district, d.amount()));
            } else {
                kept.setAmount(d.amount());
            }
        }
        if (!existing.isEmpty() && proposals.ideasIn(existing.values().stream().map(Envelope::getId).toList()) > 0) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "budget.envelopeHasIdeas");
        }
        existing.values().forEach(em::remove);
    }

    /** An envelope's key among its budget's: its district, 0 for the whole town's. */
    private static long key(Long districtId) {
        return districtId == null ? 0L : districtId;
    }

    /** Every district's id by its code, read once per write. */
    private Map<String, Long> districtIds() {
        Map<String, Long> ids = new HashMap<>();
        taxonomy.allDistricts().forEach(d -> ids.put(d.getCode(), d.getId()));
        return ids;
    }

    private static Long districtId(EnvelopeDraft draft, Map<String, Long> districts) {
        if (draft.isTownWide()) {
            return null;
        }
        Long id = districts.get(draft.district());
        if (id == null) {
            throw new BudgetException(BusinessException.Kind.INVALID, "budget.unknownDistrict", draft.district());
        }
        return id;
    }
}
