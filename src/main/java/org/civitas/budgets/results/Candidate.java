package org.civitas.budgets.results;

/**
 * A project on an envelope's ballot as the rules see it: its id (the one published in the Pabulib file, so that a
 * recount can be matched to the portal's projects) and its cost in whole euros. A project costs something: a free
 * project would be funded by every rule and say nothing about the vote.
 */
public record Candidate(long id, long cost) {

    public Candidate {
        if (cost <= 0) {
            throw new IllegalArgumentException("project " + id + " must cost at least 1 euro, not " + cost);
        }
    }
}
