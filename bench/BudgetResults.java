// Computes the results of a Paris-sized participatory budget with both rules (greedy, and equal shares with its Add1
// completion) and prints how long each takes and how much heap it needs. The vote is generated (fixed seed): 250,000
// voters, one town-wide envelope of 300 projects and 20 district envelopes of 40 to 80 projects, where most voters
// also vote in their district. Popularity is skewed as in real votes (a few projects draw most approvals, Zipf-like),
// voters lean toward a favourite theme, and ballots hold 1 to 10 projects (mostly 3 to 5).
//
//   mvn -o -q compile && java -cp target/classes bench/BudgetResults.java [voters] [seed]
//   bench/budget-results.sh                     # the same with a heap ceiling (BENCH_HEAP, 512m)
//
// Prints, for each rule: the time for all 21 envelopes, the town-wide envelope's time, the Add1 runs of equal shares,
// and the peak heap (the heap pools' peaks, summed: an upper bound) over the input's own footprint.
import org.civitas.budgets.results.Candidate;
import org.civitas.budgets.results.Election;
import org.civitas.budgets.results.EqualSharesRule;
import org.civitas.budgets.results.GreedyRule;
import org.civitas.budgets.results.Outcome;
import org.civitas.budgets.results.PabulibMeta;
import org.civitas.budgets.results.PabulibProject;
import org.civitas.budgets.results.PabulibVote;
import org.civitas.budgets.results.PabulibWriter;
import org.civitas.budgets.results.Rational;
import org.civitas.budgets.results.VotingMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

public class BudgetResults {

    static final int DISTRICTS = 20;
    static final int THEMES = 10;
    /** How often a ballot holds 1, 2, ... 10 projects. */
    static final int[] SIZES = {10, 12, 16, 16, 13, 10, 8, 6, 5, 4};

    public static void main(String[] args) {
        int voters = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261122L;
        long start = System.nanoTime();
        List<Envelope> envelopes = generate(voters, new Random(seed));
        long approvals = 0;
        long ballots = 0;
        for (Envelope e : envelopes) {
            ballots += e.election.ballotCount();
            for (int p = 0; p < e.election.projectCount(); p++) {
                approvals += e.election.votes(p);
            }
        }
        System.out.printf("generated %d envelopes: %,d ballots, %,d approvals, in %.1f s (%d processors, max heap %d MB)%n",
                envelopes.size(), ballots, approvals, seconds(start), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Envelope town = envelopes.get(0);
        System.out.printf("town-wide: %d projects, %,d ballots, budget %,d, costs %,d to %,d%n",
                town.election.projectCount(), town.election.ballotCount(), town.election.budget(),
                town.election.projects().stream().mapToLong(Candidate::cost).min().orElse(0),
                town.election.projects().stream().mapToLong(Candidate::cost).max().orElse(0));

        measure("greedy", envelopes, GreedyRule::compute);
        List<Outcome> shares = measure("equal shares (Add1, then greedy fill)", envelopes, EqualSharesRule::compute);
        publish(town.election, shares.get(0));
    }

    /** Computes every envelope with one rule and prints the times, the town-wide outcome and the peak heap. */
    static List<Outcome> measure(String rule, List<Envelope> envelopes, Function<Election, Outcome> compute) {
        System.gc();
        long baseline = heapUsed();
        resetPeaks();
        long start = System.nanoTime();
        double townSeconds = 0;
        List<Outcome> outcomes = new ArrayList<>();
        System.out.printf("%n== %s%n", rule);
        for (Envelope e : envelopes) {
            long one = System.nanoTime();
            Outcome outcome = compute.apply(e.election);
            outcomes.add(outcome);
            if (e == envelopes.get(0)) {
                townSeconds = seconds(one);
            }
            if (System.getenv("VERBOSE") != null) {
                System.out.printf("  %s: %d projects, %,d ballots, %.2f s%s%n", e.name, e.election.projectCount(),
                        e.election.ballotCount(), seconds(one), outcome.endowment().isEmpty() ? ""
                                : ", " + outcome.equalSharesRuns() + " runs, share " + outcome.endowment().get().toPlainString(2));
            }
        }
        double total = seconds(start);
        long peak = heapPeak();
        Outcome town = outcomes.get(0);
        System.out.printf("all %d envelopes: %.2f s; town-wide: %.2f s; districts: %.2f s%n", envelopes.size(), total,
                townSeconds, total - townSeconds);
        long filled = town.selected().subList(town.selected().size() - town.selectedByCompletion(),
                town.selected().size()).stream().mapToLong(r -> r.project().cost()).sum();
        System.out.printf("town-wide: %d projects funded, %,d of %,d spent%s%n", town.selected().size(),
                town.totalCost(), town.budget(), town.endowment().isEmpty() ? "" : " (" + String.format("%,d", filled)
                        + " by the greedy fill)");
        if (town.endowment().isPresent()) {
            Rational share = town.endowment().get();
            boolean overspent = town.equalSharesRuns() > town.completionSteps() + 1;
            System.out.printf("town-wide: %d runs of the method; Add1 raised the share from %s to %s in %d steps, "
                            + "then %s%n", town.equalSharesRuns(),
                    share.subtract(Rational.of(town.completionSteps())).toPlainString(2), share.toPlainString(2),
                    town.completionSteps(), overspent ? "one more step overspent the budget" : "the outcome was exhaustive");
            int runs = 0;
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            for (Outcome o : outcomes.subList(1, outcomes.size())) {
                runs += o.equalSharesRuns();
                fewest = Math.min(fewest, o.equalSharesRuns());
                most = Math.max(most, o.equalSharesRuns());
            }
            System.out.printf("districts: %,d runs of the method (%d to %d per envelope)%n", runs, fewest, most);
        }
        System.out.printf("peak heap %d MB (before: %d MB, the generated ballots and the JVM)%n", peak >> 20,
                baseline >> 20);
        return outcomes;
    }

    /** Streams the town-wide envelope as a Pabulib file into a writer that only counts, ballots one at a time. */
    static void publish(Election election, Outcome outcome) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        long[] written = new long[1];
        Writer counting = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                written[0] += length;
            }

            @Override
            public void write(String text) {
                written[0] += text.length();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        PabulibMeta meta = PabulibMeta.builder().description("Benchmark town, town-wide envelope").country("France")
                .unit("Benchmark town").instance("2026").numProjects(election.projectCount())
                .numVotes(election.ballotCount()).budget(election.budget()).rule(outcome.rule())
                .dates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 21)).lengths(1, 10).language("fr").build();
        Iterator<PabulibVote> votes = new Iterator<>() {
            private int voter;

            @Override
            public boolean hasNext() {
                return voter < election.ballotCount();
            }

            @Override
            public PabulibVote next() {
                int[] ballot = election.ballot(voter++);
                long[] ids = new long[ballot.length];
                for (int i = 0; i < ballot.length; i++) {
                    ids[i] = election.projects().get(ballot[i]).id();
                }
                return new PabulibVote(String.valueOf(voter), ids, voter % 5 == 0 ? VotingMethod.PAPER : VotingMethod.INTERNET);
            }
        };
        try {
            PabulibWriter.write(counting, meta, PabulibProject.of(outcome, id -> "Projet " + id), votes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%n== Pabulib file of the town-wide envelope%n%.1f MB written in %.2f s, streamed; peak heap %d MB%n",
                written[0] / 1e6, seconds(start), heapPeak() >> 20);
    }

    record Envelope(String name, Election election) {
    }

    static List<Envelope> generate(int voters, Random random) {
        double[] population = new double[DISTRICTS];
        double all = 0;
        for (int d = 0; d < DISTRICTS; d++) {
            population[d] = 0.4 + random.nextDouble() * 1.6;
            all += population[d];
        }
        int[] districtOf = new int[voters];
        int[] theme = new int[voters];
        double[] cumulative = new double[DISTRICTS];
        double running = 0;
        for (int d = 0; d < DISTRICTS; d++) {
            running += population[d] / all;
            cumulative[d] = running;
        }
        for (int v = 0; v < voters; v++) {
            districtOf[v] = Math.min(DISTRICTS - 1, Math.abs(Arrays.binarySearch(cumulative, random.nextDouble()) + 1));
            theme[v] = random.nextInt(THEMES);
        }
        List<Envelope> envelopes = new ArrayList<>();
        List<Integer> everyone = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            everyone.add(v);
        }
        envelopes.add(envelope("town-wide", 300, 30_000_000, 20_000, 2_000_000, everyone, theme, random));
        for (int d = 0; d < DISTRICTS; d++) {
            List<Integer> residents = new ArrayList<>();
            for (int v = 0; v < voters; v++) {
                if (districtOf[v] == d && random.nextInt(100) < 85) {
                    residents.add(v);
                }
            }
            long budget = Math.round(45_000_000 * population[d] / all / 1000) * 1000;
            envelopes.add(envelope("district " + (d + 1), 40 + random.nextInt(41), budget, 5_000, 500_000, residents,
                    theme, random));
        }
        return envelopes;
    }

    /**
     * One envelope: projects with log-uniform costs, a Zipf-like popularity over a random order and a theme each;
     * each voter draws her ballot's size, then projects by popularity, four times likelier in her favourite theme.
     */
    static Envelope envelope(String name, int projects, long budget, long minCost, long maxCost, List<Integer> voters,
                             int[] themeOf, Random random) {
        List<Candidate> candidates = new ArrayList<>();
        double[] popularity = new double[projects];
        int[] themeOfProject = new int[projects];
        Integer[] rank = new Integer[projects];
        for (int p = 0; p < projects; p++) {
            long cost = Math.round(minCost * Math.pow((double) maxCost / minCost, random.nextDouble()) / 100) * 100;
            candidates.add(new Candidate(1000 + p, cost));
            themeOfProject[p] = random.nextInt(THEMES);
            rank[p] = p;
        }
        List<Integer> order = new ArrayList<>(Arrays.asList(rank));
        Collections.shuffle(order, random);
        for (int i = 0; i < projects; i++) {
            popularity[order.get(i)] = 1.0 / Math.pow(i + 1, 0.9);
        }
        double[][] byTheme = new double[THEMES][projects];
        for (int t = 0; t < THEMES; t++) {
            double sum = 0;
            for (int p = 0; p < projects; p++) {
                sum += popularity[p] * (themeOfProject[p] == t ? 4 : 1);
                byTheme[t][p] = sum;
            }
            for (int p = 0; p < projects; p++) {
                byTheme[t][p] /= sum;
            }
        }
        int sizes = Arrays.stream(SIZES).sum();
        int[][] ballots = new int[voters.size()][];
        boolean[] chosen = new boolean[projects];
        for (int i = 0; i < ballots.length; i++) {
            int draw = random.nextInt(sizes);
            int size = 0;
            while (draw >= SIZES[size]) {
                draw -= SIZES[size++];
            }
            size = Math.min(size + 1, projects);
            double[] weights = byTheme[themeOf[voters.get(i)]];
            int[] basket = new int[size];
            for (int k = 0; k < size; k++) {
                int p;
                do {
                    p = Math.min(projects - 1, Math.abs(Arrays.binarySearch(weights, random.nextDouble()) + 1));
                } while (chosen[p]);
                chosen[p] = true;
                basket[k] = p;
            }
            for (int p : basket) {
                chosen[p] = false;
            }
            Arrays.sort(basket);
            ballots[i] = basket;
        }
        return new Envelope(name, new Election(budget, candidates, ballots));
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
