package org.civitas.budgets.results;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A published file is enough to recount: the election read back from it gives both rules' outcomes again, the
 * {@code selected} column is the outcome of the rule the file names, and the {@code votes} column is the count of
 * its ballots.
 */
class PabulibRoundTripTest {

    @Test
    void theResultsAreRecomputedFromThePublishedFile() throws IOException {
        Random random = new Random(7);
        for (int trial = 0; trial < 12; trial++) {
            Election election = randomElection(random, 50 + random.nextInt(1000), 3 + random.nextInt(30));
            Outcome greedy = GreedyRule.compute(election);
            Outcome shares = EqualSharesRule.compute(election);
            for (Outcome outcome : List.of(greedy, shares)) {
                PabulibReader.PabulibFile file = PabulibReader.read(publish(election, outcome));
                assertEquals(outcome.rule(), file.rule());
                Election recounted = file.election();
                assertEquals(election.ballotCount(), recounted.ballotCount());
                for (int p = 0; p < election.projectCount(); p++) {
                    assertEquals(String.valueOf(election.votes(p)), file.projects().get(p).get("votes"));
                    assertEquals(election.votes(p), recounted.votes(p));
                }
                Outcome again = file.rule().compute(recounted);
                assertArrayEquals(outcome.selectedIds(), again.selectedIds(), "trial " + trial + ", " + outcome);
                assertEquals(outcome.endowment(), again.endowment());
                long[] published = file.selectedIds();
                long[] recomputed = again.selectedIds().clone();
                Arrays.sort(published);
                Arrays.sort(recomputed);
                assertArrayEquals(recomputed, published, "the selected column");
                if (outcome == shares) {
                    // The same file recounts the other rule too
                    assertArrayEquals(greedy.selectedIds(), GreedyRule.compute(recounted).selectedIds());
                }
            }
        }
    }

    /** Writes the file as the portal would: ballots streamed from the election, one at a time. */
    private static String publish(Election election, Outcome outcome) throws IOException {
        PabulibMeta meta = PabulibMeta.builder().description("Civitas test envelope").country("France")
                .unit("Villeneuve").subunit("Centre").instance("2026").numProjects(election.projectCount())
                .numVotes(election.ballotCount()).budget(election.budget()).rule(outcome.rule())
                .dates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 21)).language("fr").build();
        List<PabulibProject> projects = PabulibProject.of(outcome, id -> "Projet n°" + id + "; \"test\"");
        Iterator<PabulibVote> votes = new Iterator<>() {
            private int voter;

            @Override
            public boolean hasNext() {
                return voter < election.ballotCount();
            }

            @Override
            public PabulibVote next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long[] ids = Arrays.stream(election.ballot(voter))
                        .mapToLong(p -> election.projects().get(p).id()).toArray();
                voter++;
                return new PabulibVote("v" + voter, ids, voter % 3 == 0 ? VotingMethod.PAPER : VotingMethod.INTERNET);
            }
        };
        StringWriter out = new StringWriter();
        PabulibWriter.write(out, meta, projects, votes);
        return out.toString();
    }

    private static Election randomElection(Random random, int voters, int projects) {
        List<Candidate> candidates = new ArrayList<>();
        long total = 0;
        for (int p = 0; p < projects; p++) {
            long cost = 1_000L * (5 + random.nextInt(200));
            candidates.add(new Candidate(100 + p * 7L, cost));
            total += cost;
        }
        int[][] ballots = new int[voters][];
        for (int v = 0; v < voters; v++) {
            int size = 1 + random.nextInt(Math.min(projects, 6));
            ballots[v] = random.ints(0, projects).map(p -> random.nextBoolean() ? p : p / 3).distinct().limit(size)
                    .sorted().toArray();
        }
        return new Election(total / (2 + random.nextInt(4)), candidates, ballots);
    }
}
