package org.civitas.budgets.results;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast equal shares (budget classes, counts per project, lower bounds) against the plain definition
 * ({@link ReferenceEqualShares}) on hundreds of small random elections: same projects in the same order, same share
 * per voter, same completion, same reasons and money left. The elections are drawn to contain what breaks such
 * optimisations: ties (repeated costs, identical ballots), supporters too poor to pay their part, projects nobody can
 * afford or nobody voted for, budgets from nothing to more than everything costs. Each election is computed three
 * ways: with the budgets' bounds as fine as they go, in half euros (so coarse that they often mislead the walk on
 * them, and the exact checks must catch it), and without bounds, all exact.
 */
class EqualSharesCrossCheckTest {

    @Test
    void theFastMethodAgreesWithThePlainDefinitionOnRandomElections() {
        Random random = new Random(20260611);
        int completed = 0;
        int overspent = 0;
        int filled = 0;
        int unaffordable = 0;
        int didNotFit = 0;
        for (int i = 0; i < 400; i++) {
            Election election = randomElection(random);
            ReferenceEqualShares.Result plain = ReferenceEqualShares.compute(election);
            Outcome fast = null;
            Map<Long, Reason> reasons = new HashMap<>();
            for (int bits : new int[] {EqualSharesRun.FINEST_BOUNDS, 1, 0}) {
                fast = EqualSharesRule.compute(election, bits);
                String which = "election " + i + " with bounds of " + bits + " bits: " + fast;
                assertEquals(plain.selected(), ids(fast.selectedIds()), which);
                assertEquals(plain.endowment(), fast.endowment().orElseThrow(), which);
                assertEquals(plain.steps(), fast.completionSteps(), which);
                assertEquals(plain.runs(), fast.equalSharesRuns(), which);
                Map<Long, Long> moneyLeft = new HashMap<>();
                for (ProjectResult r : fast.projects()) {
                    reasons.put(r.project().id(), r.reason());
                    r.moneyLeftWhenSkipped().ifPresent(left -> moneyLeft.put(r.project().id(), left));
                }
                assertEquals(plain.reasons(), reasons, which);
                assertEquals(plain.moneyLeft(), moneyLeft, which);
            }
            completed += fast.completionSteps() > 0 ? 1 : 0;
            overspent += fast.equalSharesRuns() > fast.completionSteps() + 1 ? 1 : 0;
            filled += fast.selectedByCompletion() > 0 ? 1 : 0;
            unaffordable += reasons.containsValue(Reason.NOT_AFFORDABLE_BY_SUPPORTERS) ? 1 : 0;
            didNotFit += reasons.containsValue(Reason.DID_NOT_FIT) ? 1 : 0;
        }
        // The draw must reach every path, or agreeing would prove little
        assertTrue(completed > 40, "outcomes raised by Add1: " + completed);
        assertTrue(overspent > 20, "Add1 runs that overspent: " + overspent);
        assertTrue(filled > 20, "outcomes completed greedily: " + filled);
        assertTrue(unaffordable > 40, "outcomes with a project its supporters could not pay: " + unaffordable);
        assertTrue(didNotFit > 5, "outcomes with a project the greedy fill could not fit: " + didNotFit);
    }

    private static Election randomElection(Random random) {
        int m = 1 + random.nextInt(12);
        int n = 1 + random.nextInt(40);
        long[] costs = new long[m];
        long total = 0;
        for (int p = 0; p < m; p++) {
            costs[p] = switch (random.nextInt(3)) {
                case 0 -> 1 + random.nextInt(100);
                case 1 -> 10L * (1 + random.nextInt(3));
                default -> 1 + random.nextInt(10 * n);
            };
            total += costs[p];
        }
        List<Candidate> projects = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            projects.add(new Candidate(1 + random.nextInt(1000) * 16L + p, costs[p]));
        }
        long budget = random.nextInt(8) == 0 ? random.nextInt(20) : (long) (random.nextDouble() * 1.2 * total);
        // Some projects get no vote; the others are drawn with skewed popularity; some ballots repeat the previous one
        boolean[] voted = new boolean[m];
        double[] weight = new double[m];
        for (int p = 0; p < m; p++) {
            voted[p] = random.nextInt(6) != 0;
            weight[p] = voted[p] ? 1.0 / (1 + random.nextInt(5)) : 0;
        }
        voted[random.nextInt(m)] = true;
        int[][] ballots = new int[n][];
        for (int v = 0; v < n; v++) {
            if (v > 0 && random.nextInt(3) == 0) {
                ballots[v] = ballots[v - 1].clone();
                continue;
            }
            boolean[] chosen = new boolean[m];
            int size = 1 + random.nextInt(Math.min(m, 5));
            int count = 0;
            for (int attempt = 0; attempt < 4 * size && count < size; attempt++) {
                int p = random.nextInt(m);
                if (voted[p] && !chosen[p] && random.nextDouble() < weight[p] + 0.2) {
                    chosen[p] = true;
                    count++;
                }
            }
            if (count == 0) {
                for (int p = 0; p < m; p++) {
                    if (voted[p]) {
                        chosen[p] = true;
                        count++;
                        break;
                    }
                }
            }
            ballots[v] = new int[count];
            for (int p = 0, k = 0; p < m; p++) {
                if (chosen[p]) {
                    ballots[v][k++] = p;
                }
            }
        }
        return new Election(budget, projects, ballots);
    }

    private static List<Long> ids(long[] ids) {
        List<Long> list = new ArrayList<>();
        for (long id : ids) {
            list.add(id);
        }
        return list;
    }
}
