package org.civitas.budgets.results;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Equal shares on examples worked by hand (each share, level and rho is in the comments), including both ways the
 * Add1 completion ends and the greedy fill after it.
 */
class EqualSharesRuleTest {

    /**
     * Budget 100, 10 voters, 10 € each. Seven approve projects 1-3, three approve projects 4-5, all costing 30.
     * Greedy funds the majority's three projects. Equal shares: the seven pay 30/7 each for project 1 (rho 1/7),
     * again for project 2 (40/7 left each), then hold 10/7 each, 10 together: project 3 is beyond them. The three
     * pay 10 each for project 4 (rho 1/3). 10 € are left, less than any project: the outcome is exhaustive. The
     * minority, 30% of the voters, decides 30% of the budget.
     */
    @Test
    void theMinorityDecidesItsShareWhereGreedyGivesAllToTheMajority() {
        Election election = TestElections.budget(100, 30, 30, 30, 30, 30)
                .voters(7, 1, 2, 3).voters(3, 4, 5).election();

        Outcome greedy = GreedyRule.compute(election);
        assertArrayEquals(new long[] {1, 2, 3}, greedy.selectedIds());
        assertEquals(Reason.DID_NOT_FIT, greedy.project(4).reason());
        assertEquals(OptionalLong.of(10), greedy.project(4).moneyLeftWhenSkipped());

        Outcome shares = EqualSharesRule.compute(election);
        assertArrayEquals(new long[] {1, 2, 4}, shares.selectedIds());
        assertEquals(90, shares.totalCost());
        assertEquals(Rational.of(10), shares.endowment().orElseThrow());
        assertEquals(0, shares.completionSteps());
        assertEquals(1, shares.equalSharesRuns());
        assertEquals(0, shares.selectedByCompletion());
        assertEquals(Reason.NOT_AFFORDABLE_BY_SUPPORTERS, shares.project(3).reason());
        assertEquals(OptionalLong.of(10), shares.project(3).moneyLeftWhenSkipped());
        assertEquals(Reason.NOT_AFFORDABLE_BY_SUPPORTERS, shares.project(5).reason());
        assertEquals(BudgetRule.EQUAL_SHARES, shares.rule());
    }

    /**
     * Budget 100, 10 voters. Six approve projects 1 and 2 (40 € each), four approve project 3 (45 €).
     * Share 10: the six pay 20/3 each for project 1 (rho 1/6, the tie with project 2 going to the lower id) and keep
     * 10/3 each, 20 together, too little for project 2; the four hold 40 < 45. 60 € left, projects 2 and 3 would fit:
     * not exhaustive. Share 11: the same (the four hold 44). Share 12: the four hold 48 and pay 45/4 each for project 3
     * (rho 1/4); the six hold 16/3 each, 32 < 40. Cost 85, 15 € left: exhaustive, kept. Spending the 60 € greedily after
     * the first run would have funded project 2 instead (6 votes), as greedy does.
     */
    @Test
    void add1RaisesTheSharesUntilTheOutcomeIsExhaustive() {
        Election election = TestElections.budget(100, 40, 40, 45).voters(6, 1, 2).voters(4, 3).election();

        Outcome shares = EqualSharesRule.compute(election);
        assertArrayEquals(new long[] {1, 3}, shares.selectedIds());
        assertEquals(Rational.of(12), shares.endowment().orElseThrow());
        assertEquals(2, shares.completionSteps());
        assertEquals(3, shares.equalSharesRuns());
        assertEquals(15, shares.moneyLeft());
        assertEquals(0, shares.selectedByCompletion());
        assertEquals(Reason.NOT_AFFORDABLE_BY_SUPPORTERS, shares.project(2).reason());
        assertEquals(OptionalLong.of(15), shares.project(2).moneyLeftWhenSkipped());

        assertArrayEquals(new long[] {1, 2}, GreedyRule.compute(election).selectedIds());
    }

    /**
     * Budget 100, 10 voters. Five approve project 1 (50 €); four approve project 2 (55 €); the tenth approves
     * projects 2, 3 (12 €) and 4 (40 €). Share 10: the five pay 10 each for project 1 (rho 1/5); project 2's five
     * supporters hold 50 < 55; the tenth alone cannot pay 12 or 40. 50 € left, projects 3 and 4 would fit: not
     * exhaustive. Share 11: projects 1 and 2 (both rho 1/5, the cheaper first) cost 105, more than the budget: the
     * outcome of share 10 is kept. The greedy fill then spends the 50 € by votes: project 2 (55 €) is beyond what the
     * method left, project 3 fits (38 left), project 4 would have fitted the 50 € but not the 38 left.
     */
    @Test
    void whenAdd1OverspendsThePreviousOutcomeIsKeptAndCompletedGreedily() {
        Election election = TestElections.budget(100, 50, 55, 12, 40)
                .voters(5, 1).voters(4, 2).voters(1, 2, 3, 4).election();

        Outcome shares = EqualSharesRule.compute(election);
        assertArrayEquals(new long[] {1, 3}, shares.selectedIds());
        assertEquals(Rational.of(10), shares.endowment().orElseThrow());
        assertEquals(0, shares.completionSteps());
        assertEquals(2, shares.equalSharesRuns());
        assertEquals(1, shares.selectedByCompletion());
        assertEquals(62, shares.totalCost());
        assertEquals(38, shares.moneyLeft());
        assertEquals(Reason.NOT_AFFORDABLE_BY_SUPPORTERS, shares.project(2).reason());
        assertEquals(OptionalLong.of(50), shares.project(2).moneyLeftWhenSkipped());
        assertEquals(Reason.DID_NOT_FIT, shares.project(4).reason());
        assertEquals(OptionalLong.of(38), shares.project(4).moneyLeftWhenSkipped());
    }

    /**
     * Budget 40, 4 voters, 10 € each. Project 1 (27 €) is approved by voters 1-3, project 2 (10 €) by voters 1 and 4,
     * project 3 (3 €) by voter 4. Share 10: project 1 first (9 each, rho 1/3); voter 1 then holds 1, so for project 2
     * she pays her 1 and voter 4 pays 9 (level 9, rho 9/10), not 5 each; voter 4 is left with 1 < 3. 3 € left and
     * project 3 costs 3: not exhaustive. Share 11: voter 1 holds 2 after project 1, voter 4 pays 8 and keeps 3, enough
     * for project 3: all 40 € spent. (Had voter 4 paid only half of project 2, she could have paid for project 3 at
     * share 10.)
     */
    @Test
    void aSupporterWhoCannotPayAnEqualPartPaysAllSheHasAndTheOthersTheRest() {
        Election election = TestElections.budget(40, 27, 10, 3)
                .voters(1, 1, 2).voters(2, 1).voters(1, 2, 3).election();
        Outcome shares = EqualSharesRule.compute(election);
        assertArrayEquals(new long[] {1, 2, 3}, shares.selectedIds());
        assertEquals(Rational.of(11), shares.endowment().orElseThrow());
        assertEquals(1, shares.completionSteps());
        assertEquals(0, shares.moneyLeft());
    }

    /** Equal rho: the cheaper project first, then the lower id, whatever the order of the list. */
    @Test
    void tiesOnRhoGoToTheLowerCostThenTheLowerId() {
        List<Candidate> projects = List.of(new Candidate(9, 12), new Candidate(5, 8), new Candidate(7, 8));
        Election election = new Election(28, projects, new int[][] {{0, 1, 2}, {0, 1, 2}});
        // Share 14: every project's rho is 1/2; projects 5 and 7 (8 € each) before project 9 (12 €)
        assertArrayEquals(new long[] {5, 7, 9}, EqualSharesRule.compute(election).selectedIds());
    }

    /** A share is a fraction, kept exact: 100 € among 3 voters is 100/3 each, not 33.33. */
    @Test
    void theShareIsExact() {
        Outcome shares = EqualSharesRule.compute(TestElections.budget(100, 100).voters(3, 1).election());
        assertEquals(Rational.of(100, 3), shares.endowment().orElseThrow());
        assertArrayEquals(new long[] {1}, shares.selectedIds());
        assertEquals("33.33", shares.endowment().orElseThrow().toPlainString(2));
    }

    @Test
    void projectsWithoutVotesAreNeverFunded() {
        Outcome shares = EqualSharesRule.compute(TestElections.budget(100, 10, 20).voters(1, 2).election());
        assertArrayEquals(new long[] {2}, shares.selectedIds());
        assertEquals(Reason.NO_VOTES, shares.project(1).reason());
    }

    @Test
    void withoutBallotsNothingIsFundedAndNobodyHasAShare() {
        Outcome shares = EqualSharesRule.compute(TestElections.budget(100, 10).election());
        assertEquals(0, shares.selected().size());
        assertEquals(Rational.ZERO, shares.endowment().orElseThrow());
        assertEquals(Reason.NO_VOTES, shares.project(1).reason());
    }

    @Test
    void withoutMoneyNothingIsFunded() {
        Outcome shares = EqualSharesRule.compute(TestElections.budget(0, 10).voters(2, 1).election());
        assertEquals(0, shares.selected().size());
        assertEquals(Reason.NOT_AFFORDABLE_BY_SUPPORTERS, shares.project(1).reason());
        assertEquals(OptionalLong.of(0), shares.project(1).moneyLeftWhenSkipped());
        assertTrue(shares.endowment().isPresent());
    }
}
