package org.civitas.budgets.results;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One envelope's vote, as the rules need it: the money to share, the projects on the ballot and, for each voter, the
 * projects she approved (her basket), given as indexes into the project list.
 * <p>
 * A town-wide envelope has hundreds of thousands of ballots: they are kept as two flat arrays (every basket one after
 * the other, and where each begins) rather than an object or an array per voter, which holds them in a few megabytes
 * and lets the rules walk them without chasing pointers. The input is checked once here, so that the rules can trust
 * it: a basket out of order or naming a project twice would silently count a vote twice.
 */
public final class Election {

    private final long budget;
    private final List<Candidate> projects;
    /** Ballot {@code v} is {@code items[starts[v]] .. items[starts[v + 1] - 1]}, sorted. */
    private final int[] starts;
    private final int[] items;
    private final int[] votes;

    /**
     * @param budget   the envelope's money in whole euros, zero or more
     * @param projects the projects on the ballot, each id once
     * @param ballots  one basket per voter: the indexes (into {@code projects}) she approved, strictly increasing,
     *                 at least one; a voter who approved nothing casts no ballot, since counting her would lower
     *                 every other voter's share under equal shares
     */
    public Election(long budget, List<Candidate> projects, int[][] ballots) {
        if (budget < 0) {
            throw new IllegalArgumentException("the budget cannot be negative: " + budget);
        }
        if (projects == null || ballots == null) {
            throw new IllegalArgumentException("an election needs its list of projects and its ballots (maybe empty)");
        }
        this.budget = budget;
        this.projects = List.copyOf(checkedProjects(projects));
        int m = this.projects.size();
        long total = 0;
        for (int v = 0; v < ballots.length; v++) {
            total += checkedBallot(v, ballots[v], m).length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many approvals for one envelope: " + total);
        }
        this.starts = new int[ballots.length + 1];
        this.items = new int[(int) total];
        this.votes = new int[m];
        int at = 0;
        for (int v = 0; v < ballots.length; v++) {
            starts[v] = at;
            for (int p : ballots[v]) {
                items[at++] = p;
                votes[p]++;
            }
        }
        starts[ballots.length] = at;
    }

    private static List<Candidate> checkedProjects(List<Candidate> projects) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            Candidate c = projects.get(i);
            if (c == null) {
                throw new IllegalArgumentException("project " + i + " is missing (null)");
            }
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("project id " + c.id() + " is listed twice");
            }
        }
        return projects;
    }

    private static int[] checkedBallot(int voter, int[] basket, int projects) {
        if (basket == null || basket.length == 0) {
            throw new IllegalArgumentException("ballot " + voter + " is empty: a voter who approved nothing casts no ballot");
        }
        for (int i = 0; i < basket.length; i++) {
            if (basket[i] < 0 || basket[i] >= projects) {
                throw new IllegalArgumentException("ballot " + voter + " names project index " + basket[i]
                        + ", but the envelope has " + projects + " projects (indexes 0 to " + (projects - 1) + ")");
            }
            if (i > 0 && basket[i] <= basket[i - 1]) {
                throw new IllegalArgumentException("ballot " + voter + " must list its project indexes in increasing "
                        + "order, each once: " + Arrays.toString(basket));
            }
        }
        return basket;
    }

    public long budget() {
        return budget;
    }

    public List<Candidate> projects() {
        return projects;
    }

    public int projectCount() {
        return projects.size();
    }

    public int ballotCount() {
        return starts.length - 1;
    }

    /** The project indexes voter {@code voter} approved, increasing (a copy). */
    public int[] ballot(int voter) {
        return Arrays.copyOfRange(items, starts[voter], starts[voter + 1]);
    }

    /** How many ballots approve the project at {@code index}. */
    public int votes(int index) {
        return votes[index];
    }

    /** Where each ballot begins in {@link #items()}, plus the end: shared with the rules, never to be changed. */
    int[] starts() {
        return starts;
    }

    /** Every ballot's project indexes one after the other: shared with the rules, never to be changed. */
    int[] items() {
        return items;
    }
}
