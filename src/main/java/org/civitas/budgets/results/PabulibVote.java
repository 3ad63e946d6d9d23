package org.civitas.budgets.results;

/**
 * One line of a Pabulib file's {@code VOTES} section: who voted (an identifier that says nothing of the person, never
 * an account id), the ids of the projects she approved, and how. The writer receives them one at a time, so that a
 * town's votes are never all held in memory as lines.
 */
public record PabulibVote(String voterId, long[] projectIds, VotingMethod method) {

    public PabulibVote {
        if (voterId == null || voterId.isEmpty()) {
            throw new IllegalArgumentException("a vote needs a voter id");
        }
        if (projectIds == null || projectIds.length == 0) {
            throw new IllegalArgumentException("the vote of voter " + voterId + " approves no project");
        }
        if (method == null) {
            throw new IllegalArgumentException("the vote of voter " + voterId + " needs its voting method");
        }
    }
}
