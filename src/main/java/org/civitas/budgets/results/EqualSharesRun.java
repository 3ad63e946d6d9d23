package org.civitas.budgets.results;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Method of Equal Shares with cost utilities, run on one election for a given share per voter, fast enough for a
 * town: 250,000 ballots and hundreds of projects, run again for every euro of the Add1 completion.
 * <p>
 * <b>Budget classes.</b> Two voters who paid for the same selected projects hold exactly the same money, since they
 * started equal and each project charged its supporters the same amount (or all they had). So voters are kept in
 * classes: a class id per voter and one exact budget per class. When a project is selected, each supporter moves from
 * her class to that class's successor ("the same, then paid for this project"), shared by all who moved from it; the
 * voters with nothing left share one class, and moving to it changes nothing more. No arithmetic is done per voter:
 * a round costs one subtraction per class touched.
 * <p>
 * <b>Counts per project.</b> Each project keeps how many of its supporters are in each class ({@link ClassCounts}),
 * updated only for the selected project's supporters, ballot by ballot. A project's price per unit of utility (rho)
 * is then computed over its classes, not its thousands of supporters, and only for the projects whose supporters paid
 * for something since (marked changed). A class's budget never changes once made, which keeps every count exact.
 * <p>
 * <b>Lower bounds.</b> Budgets only decrease, so a project's rho only increases from round to round: the rho it had
 * is a lower bound of the one it has. Projects wait in a heap ordered by (rho, tie-break) with possibly stale rhos; the
 * top is recomputed if its supporters paid since, and selected once it is the top with an up-to-date rho (every other
 * entry is then at least as high). This is the scan "in order of the previous rho, stopping once a previous rho exceeds
 * the best found", without rescanning. A project its supporters cannot pay for is dropped for good.
 * <p>
 * <b>One common denominator, brought up to date lazily.</b> Amounts are exact fractions, but not {@link Rational}s:
 * each payment divides a cost among a different number of supporters, so the budgets' denominators grow by a factor of
 * up to the number of voters per round, to hundreds of digits in a town, and normalizing every sum (a greatest common
 * divisor of such numbers) took minutes. All budgets are instead numerators over one denominator {@code D}, which a
 * payment multiplies by what it needs; then comparing two budgets is comparing two integers, and summing them is
 * adding integers. Rewriting every class's numerator at each such change cost most of a run (tens of thousands of
 * classes, a hundred rounds), so a class keeps the round its numerator was written for and is brought to the current
 * denominator only when it is read, by the product of the factors since that round. The values are the same
 * fractions; only their writing differs.
 * <p>
 * The structures built from the ballots (who supports what, the counts' tables) are kept from one run to the next:
 * the Add1 completion only changes the share.
 */
final class EqualSharesRun {

    /** The class of voters with nothing left. */
    private static final int EMPTY_CLASS = 0;
    /** The class every voter starts in. */
    private static final int START_CLASS = 1;

    private final int projects;
    private final int voters;
    private final long[] cost;
    private final int[] votes;
    /** Position of each project in the order that breaks equal rhos: lower cost, then more votes, then lower id. */
    private final int[] tieRank;
    private final int[] ballotStarts;
    private final int[] ballotItems;
    private final int[] supporterStarts;
    private final int[] supporters;
    private final ClassCounts[] counts;

    // One run's state, reset by run()
    private final int[] classOf;
    /** The common denominator of every budget. */
    private BigInteger denominator;
    /**
     * Class budgets' numerators over the denominator of round {@link #epoch}, to be multiplied by
     * {@link #factorSince} that round to be over the current one (see {@link #budget}); null once a class is empty.
     */
    private BigInteger[] classBudget = new BigInteger[8];
    private int[] epoch = new int[8];
    private int[] members = new int[8];
    private int[] successor = new int[8];
    private int[] successorRound = new int[8];
    private int classCount;
    /** Rounds so far, one per selected project. */
    private int round;
    /** For each past round, what the denominator has been multiplied by since: D(now) = D(round) * factorSince. */
    private final BigInteger[] factorSince;
    /** Each open project's rho as a fraction (not normalized), up to date unless it is {@link #changed}. */
    private final BigInteger[] rhoNumerator;
    private final BigInteger[] rhoDenominator;
    private final boolean[] changed;
    private final boolean[] open;
    private final int[] heap;
    private int heapSize;
    /** The last {@link #rho}'s level, the most one supporter pays: {@code levelNumerator / (levelDivisor * D)}. */
    private BigInteger levelNumerator;
    private long levelDivisor;
    private int[] heldClasses = new int[64];
    private int[] heldMembers = new int[64];
    private int[] byBudget = new int[64];
    private int[] merge = new int[64];

    EqualSharesRun(Election election) {
        projects = election.projectCount();
        voters = election.ballotCount();
        cost = new long[projects];
        votes = new int[projects];
        for (int p = 0; p < projects; p++) {
            cost[p] = election.projects().get(p).cost();
            votes[p] = election.votes(p);
        }
        tieRank = new int[projects];
        Integer[] byTie = new Integer[projects];
        for (int p = 0; p < projects; p++) {
            byTie[p] = p;
        }
        Arrays.sort(byTie, (a, b) -> cost[a] != cost[b] ? Long.compare(cost[a], cost[b])
                : votes[a] != votes[b] ? Integer.compare(votes[b], votes[a])
                : Long.compare(election.projects().get(a).id(), election.projects().get(b).id()));
        for (int i = 0; i < projects; i++) {
            tieRank[byTie[i]] = i;
        }
        ballotStarts = election.starts();
        ballotItems = election.items();
        supporterStarts = new int[projects + 1];
        for (int p = 0; p < projects; p++) {
            supporterStarts[p + 1] = supporterStarts[p] + votes[p];
        }
        supporters = new int[ballotItems.length];
        int[] fill = Arrays.copyOf(supporterStarts, projects);
        for (int v = 0; v < voters; v++) {
            for (int i = ballotStarts[v]; i < ballotStarts[v + 1]; i++) {
                supporters[fill[ballotItems[i]]++] = v;
            }
        }
        counts = new ClassCounts[projects];
        for (int p = 0; p < projects; p++) {
            counts[p] = new ClassCounts();
        }
        classOf = new int[voters];
        factorSince = new BigInteger[projects + 1];
        rhoNumerator = new BigInteger[projects];
        rhoDenominator = new BigInteger[projects];
        changed = new boolean[projects];
        open = new boolean[projects];
        heap = new int[projects];
    }

    /**
     * Runs the method with {@code share} given to every voter, until no project is affordable by its supporters.
     *
     * @return the selected project indexes, in the order they were selected
     */
    int[] run(Rational share) {
        Arrays.fill(classOf, START_CLASS);
        Arrays.fill(classBudget, 0, classCount, null);
        classCount = 0;
        round = 0;
        factorSince[0] = BigInteger.ONE;
        denominator = share.denominator();
        newClass(BigInteger.ZERO);
        newClass(share.numerator());
        members[START_CLASS] = voters;
        heapSize = 0;
        for (int p = 0; p < projects; p++) {
            counts[p].clear();
            open[p] = votes[p] > 0;
            if (open[p]) {
                counts[p].add(START_CLASS, votes[p]);
                changed[p] = true;
                rhoNumerator[p] = BigInteger.ZERO;
                rhoDenominator[p] = BigInteger.ONE;
                push(p);
            }
        }
        int[] selected = new int[projects];
        int count = 0;
        while (heapSize > 0) {
            int p = pop();
            if (!changed[p]) {
                pay(p);
                selected[count++] = p;
            } else if (rho(p)) {
                changed[p] = false;
                push(p);
            } else {
                open[p] = false;
            }
        }
        return Arrays.copyOf(selected, count);
    }

    /**
     * Computes {@code p}'s rho, the smallest at which its supporters pay its cost, each paying
     * {@code min(budget, rho * cost)}, and the level {@code rho * cost}, the most one of them pays; false when all
     * their money together is not enough.
     * <p>
     * With cost utilities {@code rho * u_i} is the same for every supporter ({@code rho * cost}), so this is the
     * level {@code t} at which {@code sum(min(b_i, t)) = cost}: the classes, poorest first, pay all they hold while
     * that is less than what is left of the cost divided among those still paying. Most of the time nobody is poorer
     * than an equal split, which needs no sorting.
     */
    private boolean rho(int p) {
        ClassCounts held = counts[p];
        if (heldClasses.length < held.size()) {
            int size = Integer.highestOneBit(held.size()) * 2;
            heldClasses = new int[size];
            heldMembers = new int[size];
            byBudget = new int[size];
            merge = new int[size];
        }
        int listed = held.entries(heldClasses, heldMembers);
        int n = 0;
        long paying = 0;
        int poorest = -1;
        for (int i = 0; i < listed; i++) {
            int c = heldClasses[i];
            if (c == EMPTY_CLASS) {
                continue;
            }
            byBudget[n++] = i;
            paying += heldMembers[i];
            BigInteger budget = budget(c);
            if (poorest < 0 || budget.compareTo(classBudget[heldClasses[poorest]]) < 0) {
                poorest = i;
            }
        }
        if (n == 0) {
            return false;
        }
        // Over D: the cost is costD, what the poor pay is paid, the level is (costD - paid) / paying
        BigInteger costD = denominator.multiply(BigInteger.valueOf(cost[p]));
        if (fits(costD, paying, heldClasses[poorest])) {
            return level(p, costD, paying);
        }
        sort(n);
        BigInteger paid = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            int c = heldClasses[byBudget[i]];
            BigInteger rest = costD.subtract(paid);
            if (fits(rest, paying, c)) {
                return level(p, rest, paying);
            }
            int m = heldMembers[byBudget[i]];
            paid = paid.add(classBudget[c].multiply(BigInteger.valueOf(m)));
            paying -= m;
        }
        return false;
    }

    /** Class {@code c}'s budget over the current denominator, its numerator rewritten for it if it was not yet. */
    private BigInteger budget(int c) {
        if (epoch[c] != round) {
            classBudget[c] = classBudget[c].multiply(factorSince[epoch[c]]);
            epoch[c] = round;
        }
        return classBudget[c];
    }

    /** Whether class {@code c} can pay the level {@code rest / (paying * D)}: {@code rest <= paying * budget}. */
    private boolean fits(BigInteger rest, long paying, int c) {
        return rest.compareTo(classBudget[c].multiply(BigInteger.valueOf(paying))) <= 0;
    }

    /** Records the level {@code rest / (paying * D)} and {@code p}'s rho, the level divided by its cost. */
    private boolean level(int p, BigInteger rest, long paying) {
        levelNumerator = rest;
        levelDivisor = paying;
        rhoNumerator[p] = rest;
        rhoDenominator[p] = denominator.multiply(BigInteger.valueOf(paying)).multiply(BigInteger.valueOf(cost[p]));
        return true;
    }

    /**
     * Selects {@code p}: each supporter pays the level, or all she holds if less, by moving to her class's successor;
     * every other open project on her ballot has its count moved along and is marked changed.
     * <p>
     * The level is recomputed first (its value is unchanged, but the denominator it was written over may have
     * changed since); the round that begins multiplies the common denominator by what the level's own denominator
     * adds to it.
     */
    private void pay(int p) {
        open[p] = false;
        rho(p);
        long gcd = gcd(levelNumerator.mod(BigInteger.valueOf(levelDivisor)).longValue(), levelDivisor);
        BigInteger level = levelNumerator.divide(BigInteger.valueOf(gcd));
        BigInteger factor = BigInteger.valueOf(levelDivisor / gcd);
        round++;
        factorSince[round] = BigInteger.ONE;
        if (!factor.equals(BigInteger.ONE)) {
            denominator = denominator.multiply(factor);
            for (int r = 0; r < round; r++) {
                factorSince[r] = factorSince[r].multiply(factor);
            }
        }
        for (int s = supporterStarts[p]; s < supporterStarts[p + 1]; s++) {
            int v = supporters[s];
            int from = classOf[v];
            if (from == EMPTY_CLASS) {
                continue;
            }
            if (successorRound[from] != round) {
                successorRound[from] = round;
                BigInteger budget = budget(from);
                // newClass may grow the arrays: the successor is written once they are the ones kept
                int next = budget.compareTo(level) <= 0 ? EMPTY_CLASS : newClass(budget.subtract(level));
                successor[from] = next;
            }
            int to = successor[from];
            classOf[v] = to;
            members[to]++;
            if (--members[from] == 0) {
                // All its voters moved on: its budget is not needed any more
                classBudget[from] = null;
            }
            for (int i = ballotStarts[v]; i < ballotStarts[v + 1]; i++) {
                int q = ballotItems[i];
                if (open[q]) {
                    counts[q].move(from, to);
                    changed[q] = true;
                }
            }
        }
    }

    private int newClass(BigInteger budget) {
        if (classCount == classBudget.length) {
            int size = classCount * 2;
            classBudget = Arrays.copyOf(classBudget, size);
            epoch = Arrays.copyOf(epoch, size);
            members = Arrays.copyOf(members, size);
            successor = Arrays.copyOf(successor, size);
            successorRound = Arrays.copyOf(successorRound, size);
        }
        classBudget[classCount] = budget;
        epoch[classCount] = round;
        members[classCount] = 0;
        successorRound[classCount] = 0;
        return classCount++;
    }

    /** Sorts {@code byBudget[0..n)} (positions in the held lists) by their class's budget, poorest first. */
    private void sort(int n) {
        int[] a = byBudget;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    boolean right = classBudget[heldClasses[a[j]]].compareTo(classBudget[heldClasses[a[i]]]) < 0;
                    merge[k++] = right ? a[j++] : a[i++];
                }
                while (i < mid) {
                    merge[k++] = a[i++];
                }
                while (j < hi) {
                    merge[k++] = a[j++];
                }
                System.arraycopy(merge, lo, a, lo, hi - lo);
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Whether project {@code a} goes before {@code b}: lower rho, then lower cost, more votes, lower id. */
    private boolean before(int a, int b) {
        int byRho = rhoNumerator[a].multiply(rhoDenominator[b]).compareTo(rhoNumerator[b].multiply(rhoDenominator[a]));
        return byRho != 0 ? byRho < 0 : tieRank[a] < tieRank[b];
    }

    private void push(int p) {
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(p, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = p;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], last)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return top;
    }
}
