package org.civitas.budgets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.budgets.results.PabulibMeta;
import org.civitas.budgets.results.PabulibProject;
import org.civitas.budgets.results.PabulibVote;
import org.civitas.budgets.results.PabulibWriter;
import org.civitas.budgets.results.VotingMethod;
import org.civitas.platform.Town;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A counted budget's results as everyone reads them: per envelope, each project's votes, whether it is funded and why
 * not; and the envelope's anonymised ballots in the Pabulib format, streamed, from which anyone can recount them (each
 * ballot known by a sequence number in the order of its random token, with how it was cast, and nothing else).
 */
@Stateless
public class BudgetResults {

    /** Civitas serves French local authorities: the country Pabulib files name. */
    private static final String COUNTRY = "France";
    private static final int FETCH_SIZE = 5_000;

    /** An envelope's results: empty rows until the budget is counted. */
    public record ResultsPage(BudgetPage budget, BudgetPage.EnvelopeRow envelope, Integer ballots, List<ResultRow> rows) {

        public long spent() {
            return rows.stream().filter(ResultRow::selected).mapToLong(ResultRow::cost).sum();
        }

        public long funded() {
            return rows.stream().filter(ResultRow::selected).count();
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/civitas")
    private DataSource dataSource;

    @Inject
    private BudgetService budgets;

    @Inject
    private Town town;

    @PermitAll
    public Optional<ResultsPage> results(long budgetId, long envelopeId) {
        BudgetPage budget = budgets.page(budgetId, false).orElse(null);
        BudgetPage.EnvelopeRow envelope = budget == null ? null : budget.envelopes().stream()
                .filter(e -> e.id() == envelopeId).findFirst().orElse(null);
        if (envelope == null) {
            return Optional.empty();
        }
        if (!budget.budget().isCounted()) {
            return Optional.of(new ResultsPage(budget, envelope, null, List.of()));
        }
        List<ResultRow> rows = em.createQuery("SELECT NEW org.civitas.budgets.ResultRow(x.id, i.id, i.slug, "
                        + "x.title, x.cost, r.votes, r.paperVotes, r.selected, r.reason, r.moneyLeft, r.fundedRank) "
                        + "FROM Result r, Project x, Proposal i WHERE x.id = r.projectId AND i.id = x.ideaId "
                        + "AND r.envelopeId = :e ORDER BY r.selected DESC, r.fundedRank, r.votes DESC, x.id", ResultRow.class)
                .setParameter("e", envelopeId).getResultList();
        return Optional.of(new ResultsPage(budget, envelope, em.find(Envelope.class, envelopeId).getBallots(), rows));
    }

    /** Writes an envelope's Pabulib file; empty when the budget is not counted (or no such envelope). */
    @PermitAll
    public boolean writePabulib(long budgetId, long envelopeId, Writer out) {
        ResultsPage page = results(budgetId, envelopeId).filter(p -> p.ballots() != null).orElse(null);
        if (page == null) {
            return false;
        }
        Budget budget = page.budget().budget();
        PhaseDates dates = budget.getPhases();
        boolean approval = budget.getBallotKind() == BallotKind.APPROVAL;
        PabulibMeta meta = PabulibMeta.builder()
                .description(budget.getTitle() + (page.envelope().isTownWide() ? "" : " – " + page.envelope().districtName()))
                .country(COUNTRY).unit(town.getName()).subunit(page.envelope().districtName())
                .district(page.envelope().districtName()).instance(Integer.toString(dates.voting().getYear()))
                .numProjects(page.rows().size()).numVotes(page.ballots()).budget(page.envelope().amount())
                .rule(budget.getCountingRule()).dates(dates.voting(), dates.results().minusDays(1))
                .lengths(1, approval ? budget.getMaxChoices() : null)
                .maxSumCost(approval ? null : page.envelope().amount()).language("fr").currency("EUR")
                .extra("counted_by", "Civitas").build();
        try {
            PabulibWriter writer = new PabulibWriter(out);
            writer.writeMeta(meta);
            for (ResultRow row : page.rows().stream().sorted((a, b) -> Long.compare(a.projectId(), b.projectId())).toList()) {
                writer.writeProject(new PabulibProject(row.projectId(), row.cost(), row.votes(), row.title(), row.selected()));
            }
            writeVotes(envelopeId, writer);
            writer.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private void writeVotes(long envelopeId, PabulibWriter writer) throws IOException {
        String sql = "SELECT b.token, b.paper, c.project_id FROM budget_ballot b JOIN budget_ballot_choice c "
                + "ON c.ballot_id = b.id WHERE b.envelope_id = ? ORDER BY b.token, c.project_id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, envelopeId);
            try (ResultSet rs = statement.executeQuery()) {
                String current = null;
                boolean paper = false;
                long[] choices = new long[8];
                int n = 0;
                long voter = 0;
                while (rs.next()) {
                    String token = rs.getString(1);
                    if (!token.equals(current) && n > 0) {
                        writer.writeVote(new PabulibVote(Long.toString(++voter), Arrays.copyOf(choices, n),
                                paper ? VotingMethod.PAPER : VotingMethod.INTERNET));
                        n = 0;
                    }
                    current = token;
                    paper = rs.getBoolean(2);
                    if (n == choices.length) {
                        choices = Arrays.copyOf(choices, n * 2);
                    }
                    choices[n++] = rs.getLong(3);
                }
                if (n > 0) {
                    writer.writeVote(new PabulibVote(Long.toString(++voter), Arrays.copyOf(choices, n),
                            paper ? VotingMethod.PAPER : VotingMethod.INTERNET));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the ballots of envelope " + envelopeId, e);
        }
    }
}
