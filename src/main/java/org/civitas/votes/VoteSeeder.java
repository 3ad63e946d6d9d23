package org.civitas.votes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import org.civitas.platform.Backdating;
import org.civitas.platform.Town;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalStatus;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Votes written in bulk, for seeding at start-up (the demo town's hundreds of votes): going through
 * {@link VoteService} once per vote needs a signed-in voter, and costs an enterprise call, a write of the proposal's
 * row and statements on its day line for each vote (seconds for the demo, on two cores). No view or resource reaches
 * it, which is why it needs no role.
 * <p>
 * The derived counters are those the vote path would have made, written in the one transaction of the call under the
 * proposal's row lock (taken first, as a vote does): the vote rows are inserted up to 64 per statement; each vote
 * counts in the line of its own day, in the town's time zone, as {@link VoteDay#count} counts one vote, and the day
 * lines are inserted likewise; the tallies move by the votes' sum through {@link ProposalTally#adjust}; and if the
 * proposal is published, the vote that brings FOR votes to the threshold announces {@code ThresholdReached} at its own
 * moment ({@link Backdating}), with the tallies counted up to it, so that the proposal goes under review in its
 * history when it would have. Tallies therefore equal the rows ({@link VoteService#recount} finds no drift) and the
 * day lines add up to the tallies. A proposal's votes are seeded once, on a proposal that has none: they are all new
 * (none changed or withdrawn), one per account, each while the proposal takes votes; anything else is refused.
 */
@Stateless
@PermitAll
public class VoteSeeder {

    /** One vote of the seed: who, which way, when. */
    public record SeededVote(long accountId, @NotNull Choice choice, @NotNull Instant at) {
    }

    /**
     * Rows per insert statement: powers of two, so that any number of rows takes few statements of a handful of
     * texts, each compiled once (Derby compiles each new statement text into a class, which costs more than inserting
     * the rows).
     */
    private static final int[] ROWS_PER_INSERT = {64, 32, 16, 8, 4, 2, 1};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalTallies tallies;

    @Inject
    private SupportRules supportRules;

    @Inject
    private Town town;

    /** Casts the votes on a proposal that has none, in the order of their moments; returns its tallies after them. */
    public VotingState cast(long proposalId, @NotNull List<@NotNull SeededVote> votes) {
        ProposalTally tally = tallies.lockedTally(proposalId);
        if (tally == null || !tally.isVisible()) {
            throw new ProposalNotFoundException();
        }
        if (tally.getVotesFor() + tally.getVotesAgainst() > 0 || has("Vote", proposalId) || has("VoteDay", proposalId)) {
            throw new IllegalStateException("Proposal " + proposalId + " has votes already: seeding would add to them");
        }
        List<SeededVote> ordered = votes.stream().sorted(Comparator.comparing(SeededVote::at)).toList();
        if (ordered.stream().map(SeededVote::accountId).distinct().count() < ordered.size()) {
            throw new IllegalArgumentException("An account votes twice on proposal " + proposalId);
        }
        VotingState before = tally.state();
        long required = supportRules.requiredVotes();
        Map<LocalDate, VoteDay> days = new TreeMap<>();
        int crossing = -1;
        int votesFor = 0;
        for (int i = 0; i < ordered.size(); i++) {
            SeededVote vote = ordered.get(i);
            if (!before.isOpenAt(vote.at())) {
                throw new VotingClosedException();
            }
            int deltaFor = vote.choice() == Choice.FOR ? 1 : 0;
            days.computeIfAbsent(LocalDate.ofInstant(vote.at(), town.getZone()), day -> new VoteDay(proposalId, day))
                    .count(deltaFor, 1 - deltaFor);
            votesFor += deltaFor;
            if (crossing < 0 && deltaFor == 1 && votesFor >= required) {
                crossing = i;
            }
        }
        insertVotes(proposalId, ordered);
        insertDays(new ArrayList<>(days.values()));
        if (crossing >= 0 && before.status() == ProposalStatus.PUBLISHED) {
            adjust(tally, ordered.subList(0, crossing + 1));
            Backdating.at(ordered.get(crossing).at(), () -> tallies.announceThreshold(tally, null));
            adjust(tally, ordered.subList(crossing + 1, ordered.size()));
        } else {
            adjust(tally, ordered);
        }
        return tally.state();
    }

    private boolean has(String entity, long proposalId) {
        return !em.createQuery("SELECT e.id FROM " + entity + " e WHERE e.proposalId = :p", Long.class)
                .setParameter("p", proposalId).setMaxResults(1).getResultList().isEmpty();
    }

    private static void adjust(ProposalTally tally, List<SeededVote> votes) {
        int votesFor = (int) votes.stream().filter(v -> v.choice() == Choice.FOR).count();
        tally.adjust(votesFor, votes.size() - votesFor);
    }

    private void insertVotes(long proposalId, List<SeededVote> votes) {
        for (List<SeededVote> chunk : chunks(votes)) {
            Query insert = em.createNativeQuery("INSERT INTO vote (version, proposal_id, account_id, choice, cast_at, "
                    + "updated_at) VALUES " + String.join(", ", Collections.nCopies(chunk.size(), "(1, ?, ?, ?, ?, ?)")));
            int p = 1;
            for (SeededVote vote : chunk) {
                Timestamp at = Timestamp.from(vote.at());
                insert.setParameter(p++, proposalId).setParameter(p++, vote.accountId())
                        .setParameter(p++, vote.choice().name()).setParameter(p++, at).setParameter(p++, at);
            }
            insert.executeUpdate();
        }
    }

    /**
     * New day lines, unpublished as a vote leaves them ({@link VoteDayPublication} publishes those of days over). Seeded
     * votes are all new: no side left, none withdrawn.
     */
    private void insertDays(List<VoteDay> days) {
        for (List<VoteDay> chunk : chunks(days)) {
            Query insert = em.createNativeQuery("INSERT INTO vote_day (version, proposal_id, vote_date, votes_for, "
                    + "votes_against, withdrawn, for_removed, against_removed) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(1, ?, ?, ?, ?, 0, 0, 0)")));
            int p = 1;
            for (VoteDay day : chunk) {
                insert.setParameter(p++, day.getProposalId()).setParameter(p++, Date.valueOf(day.getDate()))
                        .setParameter(p++, day.getVotesFor()).setParameter(p++, day.getVotesAgainst());
            }
            insert.executeUpdate();
        }
    }

    /** The rows in chunks of the fixed sizes, largest first. */
    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        int i = 0;
        for (int size : ROWS_PER_INSERT) {
            for (; rows.size() - i >= size; i += size) {
                chunks.add(rows.subList(i, i + size));
            }
        }
        return chunks;
    }
}
