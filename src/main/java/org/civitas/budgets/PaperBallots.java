package org.civitas.budgets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainLine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Paper ballots from polling stations, keyed in by officials during the vote: each sheet twice, by two different
 * people. A sheet counts (a paper ballot, no voter) once two keyings agree; keyings that disagree stay listed as a
 * mismatch until a further keying agrees with one of them. Keyings of one envelope are decided one at a time (its row
 * locked), so two people keying the same sheet at once cannot both make it count.
 */
@Stateless
public class PaperBallots {

    /** What a keying did: the sheet waits for its second keying, counts now, or disagrees with the keyings before. */
    public enum Outcome {
        WAITING, COUNTED, MISMATCH;

        /** The key of what it says in the messages. */
        public String messageKey() {
            return "paper.outcome." + name();
        }
    }

    /** One sheet as an official reads it: its station, its number there, the projects ticked. */
    public record Sheet(@NotBlank @Size(max = 80) @PlainLine String station,
                        @NotBlank @Size(max = 40) @PlainLine String sheet,
                        @NotNull @Size(min = 1, max = 500) List<@NotNull Long> projects) {
    }

    /** A sheet keyed and not counted yet: waiting for a second keying, or mismatched. */
    public record OpenSheet(String station, String sheet, List<PaperKeying> keyings) {

        public boolean isMismatch() {
            return keyings.size() > 1;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BudgetService budgets;

    @Inject
    private BudgetStore store;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @RolesAllowed(Role.Names.OFFICIAL)
    public Outcome key(long budgetId, long envelopeId, @NotNull @Valid Sheet sheet) {
        long me = Callers.requireAccountId(session);
        Envelope envelope = store.envelope(envelopeId).filter(e -> e.getBudgetId() == budgetId)
                .orElseThrow(BudgetException::envelopeNotFound);
        Budget budget = budgets.requirePhase(budgetId, Phase.VOTING);
        if (!budget.isProjectsPublished()) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "ballot.noProjects");
        }
        em.find(Envelope.class, envelopeId, LockModeType.PESSIMISTIC_WRITE);
        Map<Long, Long> costs = BallotService.costs(em, envelopeId, sheet.projects());
        if (costs.size() != new TreeSet<>(sheet.projects()).size()) {
            throw new BudgetException(BusinessException.Kind.NOT_FOUND, "ballot.projectNotFound");
        }
        BallotService.requireFits(budget, envelope, new LinkedHashMap<>(costs), null);
        String station = sheet.station().strip();
        String number = sheet.sheet().strip();
        String choices = new TreeSet<>(sheet.projects()).stream().map(String::valueOf).collect(Collectors.joining(","));
        List<PaperKeying> before = keyings(envelopeId, station, number);
        if (before.stream().anyMatch(k -> k.getBallotId() != null)) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "paper.alreadyCounted");
        }
        if (before.stream().anyMatch(k -> k.getKeyedBy() == me)) {
            throw new BudgetException(BusinessException.Kind.CONFLICT, "paper.keyedBySame");
        }
        PaperKeying mine = new PaperKeying(envelopeId, station, number, choices, me, clock.instant());
        em.persist(mine);
        Optional<PaperKeying> agreeing = before.stream().filter(k -> k.getChoices().equals(choices)).findFirst();
        if (agreeing.isEmpty()) {
            audit.record("BUDGET_PAPER_KEYED", "BUDGET", budgetId, station + " #" + number);
            return before.isEmpty() ? Outcome.WAITING : Outcome.MISMATCH;
        }
        Ballot ballot = new Ballot(envelopeId, null, true, BallotService.token(), clock.instant());
        em.persist(ballot);
        em.flush();
        for (Long project : new TreeSet<>(sheet.projects())) {
            em.createNativeQuery("INSERT INTO budget_ballot_choice (ballot_id, project_id) VALUES (?, ?)")
                    .setParameter(1, ballot.getId()).setParameter(2, project).executeUpdate();
        }
        agreeing.get().counted(ballot.getId());
        mine.counted(ballot.getId());
        audit.record("BUDGET_PAPER_COUNTED", "BUDGET", budgetId, station + " #" + number);
        return Outcome.COUNTED;
    }

    /** How many paper ballots of the envelope count. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public long counted(long envelopeId) {
        return em.createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.envelopeId = :e AND b.paper = TRUE", Long.class)
                .setParameter("e", envelopeId).getSingleResult();
    }

    /** The envelope's sheets keyed and not counted yet (mismatches first), 200 at most. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public List<OpenSheet> open(long envelopeId) {
        Map<String, List<PaperKeying>> sheets = new LinkedHashMap<>();
        em.createQuery("SELECT k FROM PaperKeying k WHERE k.envelopeId = :e AND k.ballotId IS NULL "
                        + "ORDER BY k.station, k.sheet, k.keyedAt", PaperKeying.class)
                .setParameter("e", envelopeId).setMaxResults(1_000).getResultList()
                .forEach(k -> sheets.computeIfAbsent(k.getStation() + "\n" + k.getSheet(), s -> new ArrayList<>()).add(k));
        List<OpenSheet> open = new ArrayList<>();
        sheets.values().forEach(k -> open.add(new OpenSheet(k.get(0).getStation(), k.get(0).getSheet(), List.copyOf(k))));
        open.sort((a, b) -> Boolean.compare(b.isMismatch(), a.isMismatch()));
        return open.subList(0, Math.min(open.size(), 200));
    }

    private List<PaperKeying> keyings(long envelopeId, String station, String sheet) {
        return em.createQuery("SELECT k FROM PaperKeying k WHERE k.envelopeId = :e AND k.station = :s AND k.sheet = :n",
                PaperKeying.class).setParameter("e", envelopeId).setParameter("s", station).setParameter("n", sheet)
                .getResultList();
    }
}
