package org.civitas.budgets.results;

/**
 * The Method of Equal Shares (equalshares.net) with cost utilities and the Add1 completion, as used in Wieliczka and
 * Aarau in 2023: the budget is split equally among the voters, and a project is funded when its supporters can pay
 * for it together; the project they can pay for at the lowest price per euro of cost to each (rho) goes first. A
 * group of a fifth of the voters thus decides about a fifth of the budget, where "most votes first" gives everything
 * to the majority.
 * <p>
 * The method alone often leaves money unspent, so it is completed in two steps. <b>Add1:</b> while the outcome is not
 * exhaustive (some project with votes would still fit in what is left), the method is run again from the start with
 * every voter's share one euro higher; the first exhaustive outcome is kept, or, as soon as a run spends more than the
 * budget, the last outcome that fitted. <b>Greedy fill:</b> what is left then goes to the remaining projects by votes,
 * as {@link GreedyRule} would.
 * <p>
 * Under equal shares, a project with votes that is not funded is {@link Reason#NOT_AFFORDABLE_BY_SUPPORTERS} when
 * its cost exceeds all the money the method left (no completion could add it), and {@link Reason#DID_NOT_FIT} when it
 * would have fitted that money but the greedy fill spent it on projects with more votes first; both carry the money
 * left when the fill passed it.
 * <p>
 * Ties on rho go to the lower cost, then the more votes, then the lower project id, so that the order of the
 * projects' list never matters. All amounts are exact fractions; see {@link EqualSharesRun} for how a run stays fast.
 * Add1 costs one run per euro added to each share: a town's 250,000 ballots took 148 runs (12 s) in the benchmark;
 * a small electorate with a large share per voter may take thousands of short runs.
 */
public final class EqualSharesRule {

    private EqualSharesRule() {
    }

    public static Outcome compute(Election election) {
        return compute(election, EqualSharesRun.FINEST_BOUNDS);
    }

    /** As {@link #compute(Election)}, with budgets bounded to {@code boundBits} fraction bits (see EqualSharesRun). */
    static Outcome compute(Election election, int boundBits) {
        long budget = election.budget();
        int voters = election.ballotCount();
        Outcome.Builder outcome = new Outcome.Builder(BudgetRule.EQUAL_SHARES, election);
        if (voters == 0) {
            outcome.completionStarts();
            GreedyRule.fill(election, outcome, budget, budget);
            return outcome.build(Rational.ZERO, 0, 0);
        }
        EqualSharesRun method = new EqualSharesRun(election, boundBits);
        Rational share = Rational.of(budget, voters);
        int[] kept = method.run(share);
        int steps = 0;
        int runs = 1;
        while (!exhaustive(election, kept)) {
            int[] raised = method.run(share.add(Rational.of(steps + 1L)));
            runs++;
            if (cost(election, raised) > budget) {
                break;
            }
            kept = raised;
            steps++;
        }
        for (int p : kept) {
            outcome.select(p);
        }
        outcome.completionStarts();
        long left = budget - cost(election, kept);
        GreedyRule.fill(election, outcome, left, left);
        return outcome.build(share.add(Rational.of(steps)), steps, runs);
    }

    /** Whether no unselected project with votes would fit in what {@code selected} leaves of the budget. */
    private static boolean exhaustive(Election election, int[] selected) {
        boolean[] taken = new boolean[election.projectCount()];
        for (int p : selected) {
            taken[p] = true;
        }
        long left = election.budget() - cost(election, selected);
        for (int p = 0; p < taken.length; p++) {
            if (!taken[p] && election.votes(p) > 0 && election.projects().get(p).cost() <= left) {
                return false;
            }
        }
        return true;
    }

    private static long cost(Election election, int[] selected) {
        long total = 0;
        for (int p : selected) {
            total = Math.addExact(total, election.projects().get(p).cost());
        }
        return total;
    }
}
