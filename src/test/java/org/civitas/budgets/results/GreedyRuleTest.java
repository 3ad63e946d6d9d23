package org.civitas.budgets.results;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Most votes first, skipping what no longer fits", on examples small enough to check by hand. */
class GreedyRuleTest {

    /**
     * Budget 100. Project 1 (60 €, 5 votes) fits: 40 left. Project 2 (50 €, 4 votes) does not: skipped with 40 left.
     * Project 3 (30 €, 3 votes) fits: 10 left. Project 4 (10 €) has no vote and is not funded though it would fit.
     */
    @Test
    void mostVotesFirstAndWhatNoLongerFitsIsSkippedWithTheMoneyLeftThen() {
        Election election = TestElections.budget(100, 60, 50, 30, 10)
                .voters(3, 1, 2, 3).voters(1, 1, 2).voters(1, 1).election();
        Outcome outcome = GreedyRule.compute(election);
        assertArrayEquals(new long[] {1, 3}, outcome.selectedIds());
        assertEquals(90, outcome.totalCost());
        assertEquals(10, outcome.moneyLeft());
        assertEquals(BudgetRule.GREEDY, outcome.rule());
        ProjectResult second = outcome.project(2);
        assertEquals(Reason.DID_NOT_FIT, second.reason());
        assertEquals(OptionalLong.of(40), second.moneyLeftWhenSkipped());
        assertEquals(4, second.votes());
        assertFalse(second.selected());
        assertEquals(Reason.NO_VOTES, outcome.project(4).reason());
        assertEquals(OptionalLong.empty(), outcome.project(4).moneyLeftWhenSkipped());
        assertTrue(outcome.project(3).selected());
        assertEquals(OptionalLong.empty(), outcome.project(3).moneyLeftWhenSkipped());
        assertEquals(0, outcome.selectedByCompletion());
        assertTrue(outcome.endowment().isEmpty());
    }

    /** Equal votes: the cheaper first (the same money funds more), then the lower id, whatever the listing order. */
    @Test
    void tiesGoToTheLowerCostThenTheLowerId() {
        List<Candidate> projects = List.of(new Candidate(3, 30), new Candidate(1, 30), new Candidate(2, 20));
        Election election = new Election(50, projects, new int[][] {{0, 1, 2}, {0, 1, 2}});
        Outcome outcome = GreedyRule.compute(election);
        assertArrayEquals(new long[] {2, 1}, outcome.selectedIds());
        assertEquals(Reason.DID_NOT_FIT, outcome.project(3).reason());
        assertEquals(OptionalLong.of(0), outcome.project(3).moneyLeftWhenSkipped());
        // The outcome lists projects in the election's order, the selection in its own
        assertEquals(List.of(3L, 1L, 2L), outcome.projects().stream().map(r -> r.project().id()).toList());
    }

    @Test
    void aProjectCostingExactlyTheMoneyLeftIsFunded() {
        Outcome outcome = GreedyRule.compute(TestElections.budget(100, 70, 30).voters(2, 1).voters(1, 2).election());
        assertArrayEquals(new long[] {1, 2}, outcome.selectedIds());
        assertEquals(0, outcome.moneyLeft());
    }

    @Test
    void withoutBallotsNothingIsFunded() {
        Outcome outcome = GreedyRule.compute(TestElections.budget(100, 10, 20).election());
        assertEquals(0, outcome.selected().size());
        assertEquals(100, outcome.moneyLeft());
        assertTrue(outcome.projects().stream().allMatch(r -> r.reason() == Reason.NO_VOTES));
    }
}
