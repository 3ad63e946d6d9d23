package org.civitas.budgets.results;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * "Most votes first, skipping what no longer fits" (Pabulib's {@code greedy}), the rule most participatory budgets
 * have used: projects in order of votes, each funded if its cost fits in the money left. A project that does not fit
 * does not stop the count, so a cheaper one further down may still be funded.
 * <p>
 * Ties are broken by the lower cost (the same money funds more) and then by the lower project id, so that the result
 * never depends on the order the projects were listed in. It counts each ballot once and sorts the projects: a town's
 * 250,000 ballots take milliseconds.
 */
public final class GreedyRule {

    private GreedyRule() {
    }

    public static Outcome compute(Election election) {
        Outcome.Builder outcome = new Outcome.Builder(BudgetRule.GREEDY, election);
        fill(election, outcome, election.budget(), Long.MAX_VALUE);
        return outcome.build();
    }

    /**
     * The project indexes by votes (most first), then cost (lowest first), then id (lowest first): the greedy order,
     * also the order in which equal shares' completion spends what is left.
     */
    static int[] byVotes(Election election) {
        Comparator<Integer> order = Comparator.<Integer>comparingInt(p -> -election.votes(p))
                .thenComparingLong(p -> election.projects().get(p).cost())
                .thenComparingLong(p -> election.projects().get(p).id());
        return IntStream.range(0, election.projectCount()).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Spends {@code money} in the greedy order on the projects not yet selected, giving every project it passes its
     * reason. A project that does not fit is {@link Reason#DID_NOT_FIT} if its cost was within {@code ruleLeft}
     * (the money the rule before it left: it would have fitted but for projects with more votes), and otherwise
     * {@link Reason#NOT_AFFORDABLE_BY_SUPPORTERS}; the greedy rule itself passes no limit, so everything it skips
     * did not fit.
     *
     * @return the money left
     */
    static long fill(Election election, Outcome.Builder outcome, long money, long ruleLeft) {
        for (int p : byVotes(election)) {
            if (outcome.isSelected(p)) {
                continue;
            }
            long cost = election.projects().get(p).cost();
            if (election.votes(p) == 0) {
                outcome.noVotes(p);
            } else if (cost <= money) {
                outcome.select(p);
                money -= cost;
            } else {
                outcome.skip(p, cost <= ruleLeft ? Reason.DID_NOT_FIT : Reason.NOT_AFFORDABLE_BY_SUPPORTERS, money);
            }
        }
        return money;
    }
}
