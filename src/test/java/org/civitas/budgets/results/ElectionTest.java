package org.civitas.budgets.results;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An election is checked once, when it is made, and tells what is wrong in words an operator can act on. */
class ElectionTest {

    private static final List<Candidate> TWO = List.of(new Candidate(10, 500), new Candidate(20, 700));

    @Test
    void votesCountTheBallotsApprovingEachProject() {
        Election election = new Election(1000, TWO, new int[][] {{0, 1}, {1}, {1}});
        assertEquals(1, election.votes(0));
        assertEquals(3, election.votes(1));
        assertEquals(3, election.ballotCount());
        assertEquals(2, election.projectCount());
        assertArrayEquals(new int[] {0, 1}, election.ballot(0));
    }

    @Test
    void theElectionKeepsItsOwnCopyOfTheBallots() {
        int[][] ballots = {{0, 1}, {1}};
        Election election = new Election(1000, TWO, ballots);
        ballots[1][0] = 0;
        election.ballot(0)[0] = 1;
        assertEquals(1, election.votes(0));
        assertArrayEquals(new int[] {0, 1}, election.ballot(0));
        assertArrayEquals(new int[] {1}, election.ballot(1));
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertMessage("budget cannot be negative", () -> new Election(-1, TWO, new int[0][]));
    }

    @Test
    void aProjectCostsAtLeastOneEuro() {
        assertMessage("project 7 must cost at least 1 euro, not 0", () -> new Candidate(7, 0));
        assertMessage("must cost at least 1 euro", () -> new Candidate(7, -5));
    }

    @Test
    void aProjectIdIsListedOnce() {
        List<Candidate> twice = List.of(new Candidate(10, 500), new Candidate(10, 700));
        assertMessage("project id 10 is listed twice", () -> new Election(1000, twice, new int[0][]));
    }

    @Test
    void anEmptyBallotIsRefused() {
        assertMessage("ballot 1 is empty", () -> new Election(1000, TWO, new int[][] {{0}, {}}));
        assertMessage("ballot 0 is empty", () -> new Election(1000, TWO, new int[][] {null}));
    }

    @Test
    void aBallotNamesOnlyProjectsOfTheEnvelope() {
        assertMessage("ballot 0 names project index 2, but the envelope has 2 projects",
                () -> new Election(1000, TWO, new int[][] {{0, 2}}));
        assertMessage("ballot 0 names project index -1", () -> new Election(1000, TWO, new int[][] {{-1}}));
    }

    @Test
    void aBallotListsItsProjectsInOrderEachOnce() {
        assertMessage("ballot 1 must list its project indexes in increasing order, each once: [1, 0]",
                () -> new Election(1000, TWO, new int[][] {{0}, {1, 0}}));
        assertMessage("each once: [1, 1]", () -> new Election(1000, TWO, new int[][] {{1, 1}}));
    }

    @Test
    void missingListsAreRefused() {
        assertMessage("needs its list of projects", () -> new Election(1000, null, new int[0][]));
        assertMessage("needs its list of projects", () -> new Election(1000, TWO, null));
        assertMessage("project 0 is missing", () -> new Election(1000, Arrays.asList((Candidate) null),
                new int[0][]));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
    }
}
