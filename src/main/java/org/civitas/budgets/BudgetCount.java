package org.civitas.budgets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civitas.budgets.results.Candidate;
import org.civitas.budgets.results.Election;
import org.civitas.budgets.results.Outcome;
import org.civitas.budgets.results.ProjectResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Counts a budget's vote once it is closed (its results phase begun): per envelope, every confirmed ballot (online and
 * paper) by the rule the budget names, the result of each project stored for the results page. A timer looks for
 * budgets to count every ten minutes; each budget is counted in its own transaction, under its row's lock, once.
 * Ballots are read from a cursor into arrays of project indexes (a few bytes per choice), never as entities.
 */
@Stateless
public class BudgetCount {

    private static final Logger LOG = Logger.getLogger(BudgetCount.class.getName());
    private static final int FETCH_SIZE = 5_000;

    /**
     * How long after the vote closes the count waits: longer than a transaction may last (120 s by default), so that a
     * ballot confirmed in the vote's last second is committed before its envelope is read.
     */
    private static final Duration GRACE = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/civitas")
    private DataSource dataSource;

    @Inject
    private BudgetStore store;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "budgets-count")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void countDue() {
        List<Long> due = em.createQuery("SELECT b.id FROM Budget b WHERE b.resultsOn <= :today AND b.resultsAt IS NULL",
                Long.class).setParameter("today", store.today()).getResultList();
        BudgetCount self = context.getBusinessObject(BudgetCount.class);
        for (Long id : due) {
            try {
                if (self.count(id)) {
                    LOG.info(() -> "Participatory budget " + id + " counted");
                }
            } catch (RuntimeException e) {
                LOG.severe(() -> "Participatory budget " + id + " could not be counted: " + e);
            }
        }
    }

    /** Counts a budget whose vote closed (five minutes ago at least) and is not counted yet; whether it did. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean count(long budgetId) {
        Budget budget = em.find(Budget.class, budgetId, LockModeType.PESSIMISTIC_WRITE);
        if (budget == null || budget.isCounted() || budget.phaseOn(store.today()).ordinal() < Phase.RESULTS.ordinal()
                || clock.instant().isBefore(store.startOf(budget, Phase.RESULTS).plus(GRACE))) {
            return false;
        }
        for (Envelope envelope : store.envelopes(budgetId)) {
            countEnvelope(budget, envelope);
        }
        budget.counted(clock.instant());
        return true;
    }

    private void countEnvelope(Budget budget, Envelope envelope) {
        List<Candidate> candidates = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        em.createQuery("SELECT x.id, x.cost FROM Project x WHERE x.envelopeId = :e AND x.verdict = :f ORDER BY x.id",
                        Object[].class).setParameter("e", envelope.getId()).setParameter("f", Verdict.FEASIBLE)
                .getResultList().forEach(r -> {
                    index.put((Long) r[0], candidates.size());
                    candidates.add(new Candidate((Long) r[0], (Long) r[1]));
                });
        int[] paper = new int[candidates.size()];
        List<int[]> ballots = new ArrayList<>();
        readBallots(envelope.getId(), index, paper, ballots);
        Outcome outcome = budget.getCountingRule().compute(new Election(envelope.getAmount(), candidates,
                ballots.toArray(new int[0][])));
        em.createQuery("DELETE FROM Result r WHERE r.envelopeId = :e").setParameter("e", envelope.getId()).executeUpdate();
        Map<Long, Integer> rank = new HashMap<>();
        for (ProjectResult funded : outcome.selected()) {
            rank.put(funded.project().id(), rank.size() + 1);
        }
        for (ProjectResult p : outcome.projects()) {
            long id = p.project().id();
            em.persist(new Result(id, envelope.getId(), p.votes(), paper[index.get(id)], p.reason(),
                    p.moneyLeftWhenSkipped().isPresent() ? p.moneyLeftWhenSkipped().getAsLong() : null, rank.get(id)));
        }
        envelope.counted(ballots.size());
    }

    /** Every confirmed ballot of the envelope as sorted project indexes, counting paper votes per project. */
    private void readBallots(long envelopeId, Map<Long, Integer> index, int[] paper, List<int[]> ballots) {
        String sql = "SELECT b.id, b.paper, c.project_id FROM budget_ballot b JOIN budget_ballot_choice c "
                + "ON c.ballot_id = b.id WHERE b.envelope_id = ? ORDER BY b.id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, envelopeId);
            try (ResultSet rs = statement.executeQuery()) {
                long current = -1;
                int[] choices = new int[8];
                int n = 0;
                while (rs.next()) {
                    long ballot = rs.getLong(1);
                    if (ballot != current && n > 0) {
                        ballots.add(sorted(choices, n));
                        n = 0;
                    }
                    current = ballot;
                    Integer project = index.get(rs.getLong(3));
                    if (project == null) {
                        continue;
                    }
                    if (n == choices.length) {
                        choices = Arrays.copyOf(choices, n * 2);
                    }
                    choices[n++] = project;
                    if (rs.getBoolean(2)) {
                        paper[project]++;
                    }
                }
                if (n > 0) {
                    ballots.add(sorted(choices, n));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the ballots of envelope " + envelopeId, e);
        }
    }

    private static int[] sorted(int[] choices, int n) {
        int[] ballot = Arrays.copyOf(choices, n);
        Arrays.sort(ballot);
        return ballot;
    }
}
