package org.civitas.budgets.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares with Add1 and greedy completion written as plainly as the definition: one exact budget
 * per voter, every open project's rho recomputed from its supporters' budgets in every round, no classes and no
 * shortcut. Too slow for a town, but easy to check by reading; {@link EqualSharesCrossCheckTest} holds the fast
 * {@link EqualSharesRule} to it.
 */
final class ReferenceEqualShares {

    /** What the two implementations must agree on. */
    record Result(List<Long> selected, Rational endowment, int steps, int runs, Map<Long, Reason> reasons,
                  Map<Long, Long> moneyLeft) {
    }

    private final Election election;
    private final int n;
    private final int m;

    private ReferenceEqualShares(Election election) {
        this.election = election;
        this.n = election.ballotCount();
        this.m = election.projectCount();
    }

    static Result compute(Election election) {
        return new ReferenceEqualShares(election).compute();
    }

    private Result compute() {
        long budget = election.budget();
        Rational share = n == 0 ? Rational.ZERO : Rational.of(budget, n);
        List<Integer> kept = n == 0 ? List.of() : run(share);
        int steps = 0;
        int runs = n == 0 ? 0 : 1;
        while (n > 0 && !exhaustive(kept)) {
            List<Integer> next = run(share.add(Rational.of(steps + 1)));
            runs++;
            if (cost(next) > budget) {
                break;
            }
            kept = next;
            steps++;
        }
        Map<Long, Reason> reasons = new HashMap<>();
        Map<Long, Long> moneyLeft = new HashMap<>();
        List<Long> selected = new ArrayList<>();
        for (int p : kept) {
            selected.add(id(p));
            reasons.put(id(p), Reason.SELECTED);
        }
        long afterRule = budget - cost(kept);
        long money = afterRule;
        Integer[] byVotes = new Integer[m];
        for (int p = 0; p < m; p++) {
            byVotes[p] = p;
        }
        Arrays.sort(byVotes, Comparator.<Integer>comparingInt(p -> -votes(p)).thenComparingLong(this::cost)
                .thenComparingLong(this::id));
        for (int p : byVotes) {
            if (kept.contains(p)) {
                continue;
            }
            if (votes(p) == 0) {
                reasons.put(id(p), Reason.NO_VOTES);
            } else if (cost(p) <= money) {
                money -= cost(p);
                selected.add(id(p));
                reasons.put(id(p), Reason.SELECTED);
            } else {
                reasons.put(id(p), cost(p) <= afterRule ? Reason.DID_NOT_FIT : Reason.NOT_AFFORDABLE_BY_SUPPORTERS);
                moneyLeft.put(id(p), money);
            }
        }
        return new Result(selected, share.add(Rational.of(steps)), steps, runs, reasons, moneyLeft);
    }

    /** One run of the method with {@code share} per voter: the selected project indexes in order. */
    private List<Integer> run(Rational share) {
        Rational[] budgets = new Rational[n];
        Arrays.fill(budgets, share);
        List<Integer> selected = new ArrayList<>();
        while (true) {
            int best = -1;
            Rational bestRho = null;
            for (int p = 0; p < m; p++) {
                if (selected.contains(p) || votes(p) == 0) {
                    continue;
                }
                Rational rho = rho(p, budgets);
                if (rho != null && (best < 0 || goesBefore(p, rho, best, bestRho))) {
                    best = p;
                    bestRho = rho;
                }
            }
            if (best < 0) {
                return selected;
            }
            Rational perVoter = bestRho.multiply(Rational.of(cost(best)));
            for (int v : supporters(best)) {
                budgets[v] = budgets[v].subtract(budgets[v].min(perVoter));
            }
            selected.add(best);
        }
    }

    /** The smallest rho with sum of min(b_i, rho * u_i) = cost over the supporters, u_i = cost; null if unaffordable. */
    private Rational rho(int p, Rational[] budgets) {
        List<Integer> supporters = supporters(p);
        Rational money = Rational.ZERO;
        for (int v : supporters) {
            money = money.add(budgets[v]);
        }
        Rational cost = Rational.of(cost(p));
        if (money.compareTo(cost) < 0) {
            return null;
        }
        supporters.sort(Comparator.comparing(v -> budgets[v]));
        Rational paid = Rational.ZERO;
        Rational denominator = cost.multiply(Rational.of(supporters.size()));
        for (int v : supporters) {
            Rational rho = cost.subtract(paid).divide(denominator);
            if (rho.multiply(cost).compareTo(budgets[v]) <= 0) {
                return rho;
            }
            paid = paid.add(budgets[v]);
            denominator = denominator.subtract(cost);
        }
        throw new AssertionError("affordable, yet no rho found for project " + id(p));
    }

    private boolean goesBefore(int p, Rational rho, int q, Rational rhoQ) {
        int c = rho.compareTo(rhoQ);
        if (c != 0) {
            return c < 0;
        }
        if (cost(p) != cost(q)) {
            return cost(p) < cost(q);
        }
        if (votes(p) != votes(q)) {
            return votes(p) > votes(q);
        }
        return id(p) < id(q);
    }

    private boolean exhaustive(List<Integer> selected) {
        long left = election.budget() - cost(selected);
        for (int p = 0; p < m; p++) {
            if (!selected.contains(p) && votes(p) > 0 && cost(p) <= left) {
                return false;
            }
        }
        return true;
    }

    private List<Integer> supporters(int p) {
        List<Integer> supporters = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            for (int q : election.ballot(v)) {
                if (q == p) {
                    supporters.add(v);
                }
            }
        }
        return supporters;
    }

    private long cost(List<Integer> projects) {
        return projects.stream().mapToLong(this::cost).sum();
    }

    private long cost(int p) {
        return election.projects().get(p).cost();
    }

    private long id(int p) {
        return election.projects().get(p).id();
    }

    private int votes(int p) {
        return supporters(p).size();
    }
}
