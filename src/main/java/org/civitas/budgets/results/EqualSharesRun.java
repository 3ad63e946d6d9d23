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
 * voters with nothing left share one class, and moving to it changes nothing more. No arithmetic is done per voter.
 * <p>
 * <b>Counts per project, when needed.</b> A project's price per unit of utility (rho) is computed over its supporters'
 * classes, not over the supporters: one pass over them tallies how many are in each class, and the arithmetic is done
 * once per class. It is computed again only for the projects that share a supporter with a project selected since
 * (marked changed). Keeping each project's tally up to date instead, by moving the counts of every ballot of every
 * paying supporter, cost twice the time in a town: a quarter of a million hash-table updates per selection, against a
 * pass over contiguous arrays.
 * <p>
 * <b>Lower bounds.</b> Budgets only decrease, so a project's rho only increases from round to round: the rho it had
 * is a lower bound of the one it has. Projects wait in a heap ordered by (rho, tie-break) with possibly stale rhos; the
 * top is recomputed if its supporters paid since, and selected once it is the top with an up-to-date rho (every other
 * entry is then at least as high). This is the scan "in order of the previous rho, stopping once a previous rho exceeds
 * the best found", without rescanning. A project its supporters cannot pay for is dropped for good.
 * <p>
 * <b>Exact amounts, computed only where they decide.</b> Amounts are exact fractions, but not {@link Rational}s: each
 * payment divides a cost among a different number of supporters, so the budgets' denominators grow by up to the number
 * of voters per round, to hundreds of digits in a town, and a greatest common divisor of such numbers at every sum
 * took minutes. All budgets are numerators over one common denominator {@code D}, which each payment multiplies by
 * what it needs; comparing and adding budgets is then comparing and adding integers. A class's numerator is written
 * for the round it was last read in and brought up to date only when read again, by the product of the factors since.
 * <p>
 * Most classes never need their exact budget at all: what matters is whether they can pay a level, and they usually
 * hold well more or well less. Each class also carries two integers bounding its budget in units of 2<sup>-S</sup>
 * euros, derived from its parent's and the level it paid (so they widen by at most one unit per payment): classes are
 * sorted by these bounds, and a comparison the bounds decide is not made exactly. The exact budget is computed (from
 * its parent's, lazily) for the classes that pay less than the level, whose money must be summed exactly, and for the
 * few too close to the level for the bounds to tell; the outcome is exactly the method's, as the cross-check with a
 * plain implementation holds it to.
 * <p>
 * The structures built from the ballots (who supports what) are shared by all runs of an election, even runs at the
 * same time on other threads ({@link #sibling()}); each run has its own classes and counts.
 */
final class EqualSharesRun {

    /** The class of voters with nothing left. */
    private static final int EMPTY_CLASS = 0;
    /** The class every voter starts in. */
    private static final int START_CLASS = 1;
    /** Most fraction bits of the bounds: 2^-40 euros, far finer than any two budgets that differ usually differ by. */
    private static final int MAX_SCALE = 40;

    // Built once from the ballots, shared by siblings, never changed
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
    /** The projects sharing at least one supporter with each project: those a selection may change. */
    private final int[] neighbourStarts;
    private final int[] neighbours;

    // One run's state, reset by run()
    private final int[] classOf;
    /** Supporters per class while {@link #held} counts them; all zero between counts. */
    private int[] tally = new int[8];
    /** The common denominator of the budgets. */
    private BigInteger denominator;
    /** Whether budgets are bounded (false only for shares too large for the bounds to fit in a long). */
    private boolean bounded;
    /** The bounds' fraction bits: {@code low <= budget * 2^scale <= high}. */
    private int scale;
    /**
     * Class budgets' numerators over the denominator of round {@link #epoch}, to be multiplied by
     * {@link #factorSince} that round to be over the current one (see {@link #exact}); null until needed.
     */
    private BigInteger[] classBudget = new BigInteger[8];
    private int[] epoch = new int[8];
    /** The class a class was made from, and the round whose level its voters paid on the way. */
    private int[] parent = new int[8];
    private int[] bornIn = new int[8];
    private long[] low = new long[8];
    private long[] high = new long[8];
    private int[] successor = new int[8];
    private int[] successorRound = new int[8];
    private int classCount;
    /** Rounds so far, one per selected project. */
    private int round;
    /** For each past round, what the denominator has been multiplied by since: D(now) = D(round) * factorSince. */
    private final BigInteger[] factorSince;
    /** Each round's level (the most one supporter paid), over that round's denominator, and its bounds. */
    private final BigInteger[] levelAt;
    private final long[] levelFloor;
    private final long[] levelCeiling;
    /** Each round's level over the current denominator, as of round {@link #levelNowRound}. */
    private final BigInteger[] levelNow;
    private final int[] levelNowRound;
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
    private final int[] heldClasses;
    private final int[] heldMembers;
    private final int[] byBudget;
    private final int[] merge;

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
        int[] neighbourCount = new int[projects + 1];
        int[] seen = new int[projects];
        Arrays.fill(seen, -1);
        int[] found = new int[projects];
        int[] all = new int[16];
        int total = 0;
        for (int p = 0; p < projects; p++) {
            int n = 0;
            for (int s = supporterStarts[p]; s < supporterStarts[p + 1]; s++) {
                int v = supporters[s];
                for (int i = ballotStarts[v]; i < ballotStarts[v + 1]; i++) {
                    int q = ballotItems[i];
                    if (q != p && seen[q] != p) {
                        seen[q] = p;
                        found[n++] = q;
                    }
                }
            }
            if (total + n > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, total + n));
            }
            System.arraycopy(found, 0, all, total, n);
            total += n;
            neighbourCount[p + 1] = total;
        }
        neighbourStarts = neighbourCount;
        neighbours = Arrays.copyOf(all, total);
        classOf = new int[voters];
        int most = Arrays.stream(votes).max().orElse(0);
        heldClasses = new int[most];
        heldMembers = new int[most];
        byBudget = new int[most];
        merge = new int[most];
        factorSince = new BigInteger[projects + 1];
        levelAt = new BigInteger[projects + 1];
        levelFloor = new long[projects + 1];
        levelCeiling = new long[projects + 1];
        levelNow = new BigInteger[projects + 1];
        levelNowRound = new int[projects + 1];
        rhoNumerator = new BigInteger[projects];
        rhoDenominator = new BigInteger[projects];
        changed = new boolean[projects];
        open = new boolean[projects];
        heap = new int[projects];
    }

    /** A run of the same election sharing this one's ballots and supporters, to run another share at the same time. */
    EqualSharesRun sibling() {
        return new EqualSharesRun(this);
    }

    private EqualSharesRun(EqualSharesRun same) {
        projects = same.projects;
        voters = same.voters;
        cost = same.cost;
        votes = same.votes;
        tieRank = same.tieRank;
        ballotStarts = same.ballotStarts;
        ballotItems = same.ballotItems;
        supporterStarts = same.supporterStarts;
        supporters = same.supporters;
        neighbourStarts = same.neighbourStarts;
        neighbours = same.neighbours;
        classOf = new int[voters];
        heldClasses = new int[same.heldClasses.length];
        heldMembers = new int[same.heldClasses.length];
        byBudget = new int[same.heldClasses.length];
        merge = new int[same.heldClasses.length];
        factorSince = new BigInteger[projects + 1];
        levelAt = new BigInteger[projects + 1];
        levelFloor = new long[projects + 1];
        levelCeiling = new long[projects + 1];
        levelNow = new BigInteger[projects + 1];
        levelNowRound = new int[projects + 1];
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
        Arrays.fill(levelNowRound, -1);
        classCount = 0;
        round = 0;
        factorSince[0] = BigInteger.ONE;
        denominator = share.denominator();
        int bits = share.floor().bitLength() + 1;
        scale = Math.min(MAX_SCALE, 61 - bits);
        bounded = scale > 0;
        newClass(-1, 0, 0, 0);
        classBudget[EMPTY_CLASS] = BigInteger.ZERO;
        if (bounded) {
            BigInteger[] scaled = share.numerator().shiftLeft(scale).divideAndRemainder(share.denominator());
            long floor = scaled[0].longValueExact();
            newClass(-1, 0, floor, scaled[1].signum() == 0 ? floor : floor + 1);
        } else {
            newClass(-1, 0, 0, 0);
        }
        classBudget[START_CLASS] = share.numerator();
        heapSize = 0;
        for (int p = 0; p < projects; p++) {
            open[p] = votes[p] > 0;
            if (open[p]) {
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
     * than an equal split, which the bounds show without an exact budget.
     * <p>
     * The classes are taken in the order of their lower bounds, which may differ from their budgets' order only between
     * budgets closer than the bounds' width. That does not matter for the classes that pay all they hold: each pays less
     * than the level at its turn, and the level only rises as they drop out. It matters if a class after the one that
     * stops the walk holds less than the level: the few whose bounds do not rule it out are checked exactly, and should
     * one hold less, the project is computed again, all exactly ({@link #exactRho}).
     */
    private boolean rho(int p) {
        int n = held(p);
        if (n == 0) {
            return false;
        }
        if (!bounded) {
            return exactRho(p, n);
        }
        long paying = 0;
        int poorest = heldClasses[byBudget[0]];
        for (int i = 0; i < n; i++) {
            paying += heldMembers[byBudget[i]];
            int c = heldClasses[byBudget[i]];
            if (low[c] < low[poorest]) {
                poorest = c;
            }
        }
        BigInteger costD = denominator.multiply(BigInteger.valueOf(cost[p]));
        BigInteger equalSplit = ceilingDivide(BigInteger.valueOf(cost[p]).shiftLeft(scale), BigInteger.valueOf(paying));
        if (equalSplit.compareTo(BigInteger.valueOf(low[poorest])) <= 0) {
            return level(p, costD, paying);
        }
        sortByBounds(n);
        BigInteger paid = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            int c = heldClasses[byBudget[i]];
            BigInteger rest = costD.subtract(paid);
            if (fits(rest, paying, c)) {
                BigInteger levelBound = ceilingDivide(rest.shiftLeft(scale),
                        denominator.multiply(BigInteger.valueOf(paying)));
                for (int j = i + 1; j < n && BigInteger.valueOf(low[heldClasses[byBudget[j]]]).compareTo(levelBound) < 0; j++) {
                    if (!fits(rest, paying, heldClasses[byBudget[j]])) {
                        return exactRho(p, n);
                    }
                }
                return level(p, rest, paying);
            }
            int m = heldMembers[byBudget[i]];
            paid = paid.add(exact(c).multiply(BigInteger.valueOf(m)));
            paying -= m;
        }
        return false;
    }

    /** The same as {@link #rho}, every budget exact and sorted exactly. */
    private boolean exactRho(int p, int n) {
        long paying = 0;
        for (int i = 0; i < n; i++) {
            paying += heldMembers[byBudget[i]];
            exact(heldClasses[byBudget[i]]);
        }
        sortExactly(n);
        BigInteger costD = denominator.multiply(BigInteger.valueOf(cost[p]));
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

    /**
     * Tallies {@code p}'s supporters by class: the classes that hold money in {@code heldClasses[0..n)}, how many
     * supporters each in {@code heldMembers}, and {@code byBudget[0..n)} listing their positions, to be sorted.
     *
     * @return n
     */
    private int held(int p) {
        int n = 0;
        for (int s = supporterStarts[p]; s < supporterStarts[p + 1]; s++) {
            int c = classOf[supporters[s]];
            if (c != EMPTY_CLASS && tally[c]++ == 0) {
                heldClasses[n++] = c;
            }
        }
        for (int i = 0; i < n; i++) {
            heldMembers[i] = tally[heldClasses[i]];
            tally[heldClasses[i]] = 0;
            byBudget[i] = i;
        }
        return n;
    }

    /**
     * Class {@code c}'s exact budget over the current denominator: its numerator brought up to date if it was written
     * for an earlier round, or computed from its parent's if it was never needed.
     */
    private BigInteger exact(int c) {
        BigInteger value = classBudget[c];
        if (value == null) {
            value = exact(parent[c]).subtract(levelNow(bornIn[c]));
        } else if (epoch[c] != round) {
            value = value.multiply(factorSince[epoch[c]]);
        } else {
            return value;
        }
        classBudget[c] = value;
        epoch[c] = round;
        return value;
    }

    /** Round {@code r}'s level over the current denominator. */
    private BigInteger levelNow(int r) {
        if (levelNowRound[r] != round) {
            levelNow[r] = levelAt[r].multiply(factorSince[r]);
            levelNowRound[r] = round;
        }
        return levelNow[r];
    }

    /** Whether class {@code c} can pay the level {@code rest / (paying * D)}: {@code rest <= paying * budget}. */
    private boolean fits(BigInteger rest, long paying, int c) {
        return rest.compareTo(exact(c).multiply(BigInteger.valueOf(paying))) <= 0;
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
     * the open projects sharing a supporter with it are marked changed.
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
        levelAt[round] = level;
        if (bounded) {
            BigInteger[] scaled = level.shiftLeft(scale).divideAndRemainder(denominator);
            levelFloor[round] = scaled[0].longValueExact();
            levelCeiling[round] = scaled[1].signum() == 0 ? levelFloor[round] : levelFloor[round] + 1;
        }
        for (int s = supporterStarts[p]; s < supporterStarts[p + 1]; s++) {
            int v = supporters[s];
            int from = classOf[v];
            if (from == EMPTY_CLASS) {
                continue;
            }
            if (successorRound[from] != round) {
                successorRound[from] = round;
                // newClass may grow the arrays: the successor is written once they are the ones kept
                int next = paysAll(from) ? EMPTY_CLASS : newClass(from, round,
                        Math.max(0, low[from] - levelCeiling[round]), high[from] - levelFloor[round]);
                successor[from] = next;
            }
            classOf[v] = successor[from];
        }
        for (int i = neighbourStarts[p]; i < neighbourStarts[p + 1]; i++) {
            changed[neighbours[i]] = true;
        }
    }

    /** Whether class {@code c} holds no more than this round's level, so pays all it has: by the bounds, or exactly. */
    private boolean paysAll(int c) {
        if (bounded && high[c] <= levelFloor[round]) {
            return true;
        }
        if (bounded && low[c] > levelCeiling[round]) {
            return false;
        }
        return exact(c).compareTo(levelNow(round)) <= 0;
    }

    private int newClass(int from, int paidIn, long lowBound, long highBound) {
        if (classCount == classBudget.length) {
            int size = classCount * 2;
            classBudget = Arrays.copyOf(classBudget, size);
            epoch = Arrays.copyOf(epoch, size);
            parent = Arrays.copyOf(parent, size);
            bornIn = Arrays.copyOf(bornIn, size);
            low = Arrays.copyOf(low, size);
            high = Arrays.copyOf(high, size);
            successor = Arrays.copyOf(successor, size);
            successorRound = Arrays.copyOf(successorRound, size);
            tally = Arrays.copyOf(tally, size);
        }
        classBudget[classCount] = null;
        epoch[classCount] = round;
        parent[classCount] = from;
        bornIn[classCount] = paidIn;
        low[classCount] = lowBound;
        high[classCount] = highBound;
        successorRound[classCount] = 0;
        return classCount++;
    }

    /** Sorts {@code byBudget[0..n)} by their class's lower bound (a merge sort on ints: no boxing). */
    private void sortByBounds(int n) {
        int[] a = byBudget;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    merge[k++] = low[heldClasses[a[j]]] < low[heldClasses[a[i]]] ? a[j++] : a[i++];
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

    /** Sorts {@code byBudget[0..n)} by their class's exact budget, already up to date. */
    private void sortExactly(int n) {
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

    private static BigInteger ceilingDivide(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
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
            int parentSlot = (i - 1) / 2;
            if (!before(p, heap[parentSlot])) {
                break;
            }
            heap[i] = heap[parentSlot];
            i = parentSlot;
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
