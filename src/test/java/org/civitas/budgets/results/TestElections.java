package org.civitas.budgets.results;

import java.util.ArrayList;
import java.util.List;

/** Small elections written as in a worked example: costs in order (ids 1, 2, ...), then groups of equal ballots. */
final class TestElections {

    private final long budget;
    private final List<Candidate> projects = new ArrayList<>();
    private final List<int[]> ballots = new ArrayList<>();

    private TestElections(long budget, long... costs) {
        this.budget = budget;
        for (int i = 0; i < costs.length; i++) {
            projects.add(new Candidate(i + 1, costs[i]));
        }
    }

    /** An envelope of {@code budget} euros whose projects 1, 2, ... cost {@code costs}. */
    static TestElections budget(long budget, long... costs) {
        return new TestElections(budget, costs);
    }

    /** {@code voters} ballots approving the projects with these ids (1-based, increasing). */
    TestElections voters(int voters, int... ids) {
        int[] basket = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            basket[i] = ids[i] - 1;
        }
        for (int v = 0; v < voters; v++) {
            ballots.add(basket.clone());
        }
        return this;
    }

    Election election() {
        return new Election(budget, projects, ballots.toArray(new int[0][]));
    }
}
