package org.civitas.budgets.results;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Method of Equal Shares with cost utilities, run on one election for a given share per voter, fast enough for a
 * town: 250,000 ballots and hundreds of projects, run again for every euro of the Add1 completion.
 * <p>
 * <b>Budget classes.</b> Two voters who paid for the same selected projects hold exactly the same money, since they
 * started equal and each project charged its supporters the same amount (or all they had). So voters are kept in
 * classes: a class id per voter, and per class the class it came from and the round whose level it paid on the way.
 * When a project is selected, each supporter moves from her class to that class's successor ("the same, then paid for
 * this project"), shared by all who moved from it; the voters with nothing left share one class, and moving to it
 * changes nothing more. No arithmetic is done per voter.
 * <p>
 * <b>Counts per project, when needed.</b> A project's price per unit of utility (rho) is computed over its supporters'
 * classes, not over the supporters: one pass over them tallies how many are in each class, and the arithmetic is done
 * once per class. It is computed again only for the projects that share a supporter with a project selected since
 * (marked changed). Keeping each project's tally up to date instead, by moving the counts of every ballot of every
 * paying supporter, took more than twice the time in a town: hash-table updates for each paying ballot, against a
 * pass over contiguous arrays.
 * <p>
 * <b>Lower bounds.</b> Budgets only decrease, so a project's rho only increases from round to round: the rho it had
 * is a lower bound of the one it has. Projects wait in a heap ordered by (rho, tie-break) with possibly stale rhos; the
 * top is recomputed if its supporters paid since, and selected once it is the top with an up-to-date rho (every other
 * entry is then at least as high). This is the scan "in order of the previous rho, stopping once a previous rho exceeds
 * the best found", without rescanning. A project its supporters cannot pay for is dropped for good.
 * <p>
 * <b>Exact amounts, computed only where they decide.</b> Amounts are exact fractions, but not {@link Rational}s: each
 * payment divides a cost among a different number of supporters, so denominators grow by up to the number of voters
 * per round, to hundreds of digits in a town, and a greatest common divisor of such numbers at every sum took
 * minutes. Amounts are numerators over one common denominator {@code D}, which each payment multiplies by what it
 * needs, and a class's budget is not stored: it is the share less the levels of the rounds it paid in, at most one per
 * project on the ballot. So what a group of classes holds is the share times its voters, less each round's level times
 * how many of them paid it: one multiplication per round, however many classes.
 * <p>
 * Most classes never need their exact budget at all: what matters is whether they can pay a level, and they usually
 * hold well more or well less. Each class carries two integers bounding its budget in units of 2<sup>-S</sup> euros,
 * derived from its parent's and the level it paid (so they widen by at most one unit per payment). A project's rho is
 * first found on these bounds, then the set of classes that pay all they hold is checked exactly, and only the classes
 * whose bounds are too close to the level to tell are compared exactly; should a check fail, everything is done again
 * exactly ({@link #exactRho}). The outcome is exactly the method's, as the cross-check with a plain implementation
 * holds it to.
 * <p>
 * The structures built from the ballots (who supports what, which projects share supporters) are built once and
 * kept for every run of the election: the Add1 completion only changes the share. Not thread-safe: one run at a time.
 */
final class EqualSharesRun {

    /** The class of voters with nothing left. */
    private static final int EMPTY_CLASS = 0;
    /** The class every voter starts in. */
    private static final int START_CLASS = 1;
    /** Fraction bits of the bounds, at most: 2^-40 euros, far finer than what separates two budgets that differ. */
    static final int FINEST_BOUNDS = 40;
    /** Fewest fraction bits worth bounding with; below, every comparison is made exactly. */
    private static final int COARSEST_BOUNDS = 8;

    // Built once from the ballots, kept for every run
    private final int projects;
    private final int voters;
    private final long[] cost;
    private final int[] votes;
    /** Position of each project in the order that breaks equal rhos: lower cost, then more votes, then lower id. */
    private final int[] tieRank;
    private final int[] supporterStarts;
    private final int[] supporters;
    /** The projects sharing at least one supporter with each project: those a selection may change. */
    private final int[] neighbourStarts;
    private final int[] neighbours;
    /** Bits needed to write a position among a project's supporters, packed under a bound when sorting. */
    private final int positionBits;
    /** The most fraction bits the bounds may have (tests lower it to reach the exact paths more often). */
    private final int boundBits;

    // One run's state, reset by run()
    private final int[] classOf;
    /** Supporters per class while {@link #held} counts them; all zero between counts. */
    private int[] tally = new int[8];
    /** The class a class was made from, and the round whose level its voters paid on the way. */
    private int[] parent = new int[8];
    private int[] bornIn = new int[8];
    /** Bounds of a class's budget: {@code low <= budget * 2^scale <= high}. */
    private long[] low = new long[8];
    private long[] high = new long[8];
    private int[] successor = new int[8];
    private int[] successorRound = new int[8];
    private int classCount;
    /** Whether budgets are bounded (false for shares so large that the bounds would not fit in a long). */
    private boolean bounded;
    private int scale;
    /** The common denominator of the amounts. */
    private BigInteger denominator;
    /** Rounds so far, one per selected project. */
    private int round;
    /** For each past round, what the denominator has been multiplied by since: D(now) = D(round) * factorSince. */
    private final BigInteger[] factorSince;
    /** Each round's level (the most one supporter paid), over that round's denominator; round 0's is the share. */
    private final BigInteger[] levelAt;
    private final long[] levelFloor;
    private final long[] levelCeiling;
    /** Each round's level over the current denominator, as of round {@link #levelNowRound}. */
    private final BigInteger[] levelNow;
    private final int[] levelNowRound;
    /** Per round, how many voters of the classes being summed paid its level (see {@link #holding}). */
    private final long[] payers;
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
    /** A project's classes with money, their supporters, and an order of them (see {@link #held}). */
    private final int[] heldClasses;
    private final int[] heldMembers;
    private final long[] order;
    private final int[] byBudget;
    private final int[] merge;
    private final BigInteger[] exactOf;

    /**
     * @param boundBits the most fraction bits of the budgets' bounds: {@link #FINEST_BOUNDS}; tests ask for fewer
     *                  (down to 1, half euros) to have the bounds mislead the walk and the exact checks catch it, or for
     *                  none (0) to have every comparison made exactly
     */
    EqualSharesRun(Election election, int boundBits) {
        this.boundBits = boundBits;
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
        int[] ballotStarts = election.starts();
        int[] ballotItems = election.items();
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
        neighbourStarts = new int[projects + 1];
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
            neighbourStarts[p + 1] = total;
        }
        neighbours = Arrays.copyOf(all, total);
        positionBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, Arrays.stream(votes).max().orElse(1)));
        classOf = new int[voters];
        factorSince = new BigInteger[projects + 1];
        levelAt = new BigInteger[projects + 1];
        levelFloor = new long[projects + 1];
        levelCeiling = new long[projects + 1];
        levelNow = new BigInteger[projects + 1];
        levelNowRound = new int[projects + 1];
        payers = new long[projects + 1];
        rhoNumerator = new BigInteger[projects];
        rhoDenominator = new BigInteger[projects];
        changed = new boolean[projects];
        open = new boolean[projects];
        heap = new int[projects];
        int most = 1 << positionBits;
        heldClasses = new int[most];
        heldMembers = new int[most];
        order = new long[most];
        byBudget = new int[most];
        merge = new int[most];
        exactOf = new BigInteger[most];
    }

    /**
     * Runs the method with {@code share} given to every voter, until no project is affordable by its supporters.
     *
     * @return the selected project indexes, in the order they were selected
     */
    int[] run(Rational share) {
        Arrays.fill(classOf, START_CLASS);
        Arrays.fill(levelNowRound, -1);
        classCount = 0;
        round = 0;
        factorSince[0] = BigInteger.ONE;
        denominator = share.denominator();
        levelAt[0] = share.numerator();
        // The bounds of every class, and of what all the voters hold, must fit in a long with a position packed below
        int shareBits = share.floor().bitLength() + 1;
        int voterBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, voters));
        scale = Math.min(boundBits, 61 - shareBits - Math.max(voterBits, positionBits));
        bounded = boundBits > 0 && scale >= Math.min(boundBits, COARSEST_BOUNDS);
        newClass(-1, 0, 0, 0);
        if (bounded) {
            BigInteger[] scaled = share.numerator().shiftLeft(scale).divideAndRemainder(share.denominator());
            long floor = scaled[0].longValueExact();
            newClass(-1, 0, floor, scaled[1].signum() == 0 ? floor : floor + 1);
        } else {
            newClass(-1, 0, 0, 0);
        }
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
     * that is less than what is left of the cost divided among those still paying. The walk is made on the bounds (in
     * longs); its result is the level if every class it let pay all it holds holds less than the level, and every
     * other at least the level, which the bounds show for most classes and exact budgets for the rest.
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
        long poorest = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            paying += heldMembers[i];
            poorest = Math.min(poorest, low[heldClasses[i]]);
        }
        if (cost[p] > (Long.MAX_VALUE >> scale)) {
            // More than all the voters hold together: bits(share) + bits(voters) + scale <= 61
            return false;
        }
        long scaledCost = cost[p] << scale;
        if (ceilingDivide(scaledCost, paying) <= poorest) {
            // Nobody holds less than an equal split
            return level(p, denominator.multiply(BigInteger.valueOf(cost[p])), paying);
        }
        for (int i = 0; i < n; i++) {
            order[i] = low[heldClasses[i]] << positionBits | i;
        }
        Arrays.sort(order, 0, n);
        int mask = (1 << positionBits) - 1;
        // The walk on the bounds' midpoints: which classes pay all they hold, about
        long paidScaled = 0;
        long stillPaying = paying;
        int poor = 0;
        while (poor < n) {
            int i = (int) (order[poor] & mask);
            int c = heldClasses[i];
            long middle = low[c] + (high[c] - low[c]) / 2;
            if (middle * stillPaying >= scaledCost - paidScaled) {
                break;
            }
            paidScaled += heldMembers[i] * middle;
            stillPaying -= heldMembers[i];
            poor++;
        }
        // Exactly: what the poor hold, and the level the others pay
        clearPayers();
        long poorVoters = 0;
        for (int k = 0; k < poor; k++) {
            int i = (int) (order[k] & mask);
            addPayers(heldClasses[i], heldMembers[i]);
            poorVoters += heldMembers[i];
        }
        BigInteger rest = denominator.multiply(BigInteger.valueOf(cost[p])).subtract(holding(poorVoters));
        if (poor == n) {
            return rest.signum() <= 0 ? exactRho(p, n) : false;
        }
        if (rest.signum() <= 0) {
            return exactRho(p, n);
        }
        long divisor = paying - poorVoters;
        BigInteger[] scaled = rest.shiftLeft(scale).divideAndRemainder(denominator.multiply(BigInteger.valueOf(divisor)));
        if (scaled[0].bitLength() > 62) {
            // A level above any budget: the walk was misled
            return exactRho(p, n);
        }
        long levelLow = scaled[0].longValue();
        long levelHigh = scaled[1].signum() == 0 ? levelLow : levelLow + 1;
        for (int k = 0; k < poor; k++) {
            int c = heldClasses[(int) (order[k] & mask)];
            if (high[c] >= levelLow && !below(c, rest, divisor)) {
                return exactRho(p, n);
            }
        }
        for (int k = poor; k < n && low[heldClasses[(int) (order[k] & mask)]] < levelHigh; k++) {
            if (below(heldClasses[(int) (order[k] & mask)], rest, divisor)) {
                return exactRho(p, n);
            }
        }
        return level(p, rest, divisor);
    }

    /** Whether class {@code c} holds less than the level {@code rest / (divisor * D)}, exactly. */
    private boolean below(int c, BigInteger rest, long divisor) {
        return exact(c).multiply(BigInteger.valueOf(divisor)).compareTo(rest) < 0;
    }

    /** The same as {@link #rho}, every budget exact and sorted exactly: when the bounds are not enough. */
    private boolean exactRho(int p, int n) {
        long paying = 0;
        for (int i = 0; i < n; i++) {
            paying += heldMembers[i];
            exactOf[i] = exact(heldClasses[i]);
            byBudget[i] = i;
        }
        sortExactly(n);
        BigInteger costD = denominator.multiply(BigInteger.valueOf(cost[p]));
        BigInteger paid = BigInteger.ZERO;
        for (int k = 0; k < n; k++) {
            int i = byBudget[k];
            BigInteger rest = costD.subtract(paid);
            if (rest.compareTo(exactOf[i].multiply(BigInteger.valueOf(paying))) <= 0) {
                return level(p, rest, paying);
            }
            paid = paid.add(exactOf[i].multiply(BigInteger.valueOf(heldMembers[i])));
            paying -= heldMembers[i];
        }
        return false;
    }

    /**
     * Tallies {@code p}'s supporters by class: the classes that hold money in {@code heldClasses[0..n)} and how many
     * supporters each in {@code heldMembers}.
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
        }
        return n;
    }

    private void clearPayers() {
        for (int r = 0; r <= round; r++) {
            payers[r] = 0;
        }
    }

    /** Counts {@code members} voters of class {@code c} as payers of each level its history paid. */
    private void addPayers(int c, long members) {
        for (int k = c; k != START_CLASS; k = parent[k]) {
            payers[bornIn[k]] += members;
        }
    }

    /**
     * What the {@code voters} counted by {@link #addPayers} hold together over the current denominator: the share
     * times their number, less each round's level times how many of them paid it.
     */
    private BigInteger holding(long voters) {
        BigInteger total = levelNow(0).multiply(BigInteger.valueOf(voters));
        for (int r = 1; r <= round; r++) {
            if (payers[r] != 0) {
                total = total.subtract(levelNow(r).multiply(BigInteger.valueOf(payers[r])));
            }
        }
        return total;
    }

    /** Class {@code c}'s exact budget over the current denominator: the share less the levels it paid. */
    private BigInteger exact(int c) {
        BigInteger value = levelNow(0);
        for (int k = c; k != START_CLASS; k = parent[k]) {
            if (k == EMPTY_CLASS) {
                return BigInteger.ZERO;
            }
            value = value.subtract(levelNow(bornIn[k]));
        }
        return value;
    }

    /** Round {@code r}'s level (round 0: the share) over the current denominator. */
    private BigInteger levelNow(int r) {
        if (levelNowRound[r] != round) {
            levelNow[r] = levelAt[r].multiply(factorSince[r]);
            levelNowRound[r] = round;
        }
        return levelNow[r];
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
        if (classCount == parent.length) {
            int size = classCount * 2;
            parent = Arrays.copyOf(parent, size);
            bornIn = Arrays.copyOf(bornIn, size);
            low = Arrays.copyOf(low, size);
            high = Arrays.copyOf(high, size);
            successor = Arrays.copyOf(successor, size);
            successorRound = Arrays.copyOf(successorRound, size);
            tally = Arrays.copyOf(tally, size);
        }
        parent[classCount] = from;
        bornIn[classCount] = paidIn;
        low[classCount] = lowBound;
        high[classCount] = highBound;
        successorRound[classCount] = 0;
        return classCount++;
    }

    /** Sorts {@code byBudget[0..n)} by their exact budgets in {@link #exactOf} (a merge sort on ints: no boxing). */
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
                    merge[k++] = exactOf[a[j]].compareTo(exactOf[a[i]]) < 0 ? a[j++] : a[i++];
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

    private static long ceilingDivide(long a, long b) {
        return -Math.floorDiv(-a, b);
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
