package org.civitas.votes;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.ConfirmationRules;
import org.civitas.accounts.oidc.VerifiedIdentities;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.civitas.votes.ProposalTallies;
import org.civitas.votes.VotingState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Casting, changing and withdrawing votes. Each call is one transaction that first locks the proposal's row, so
 * that two requests of one citizen, or of many, are decided one after the other: a vote never counts twice and is
 * never lost, and the counters always equal the rows.
 */
@Stateless
public class VoteService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConfirmationRules confirmations;

    @Inject
    private VerifiedIdentities verifiedIdentities;

    @Inject
    private AuditLog audit;

    @Inject
    private ProposalTallies tallies;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private RateLimiter limits;

    /** Votes cast, changed or withdrawn by one account in a minute. */
    @Inject
    @ConfigProperty(name = "civitas.limit.votes-per-minute", defaultValue = "60")
    private int votesPerMinute;

    /** The caller votes FOR or AGAINST; voting again the same way changes nothing. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Tally vote(long proposalId, Choice choice) {
        Objects.requireNonNull(choice, "choice");
        long voter = callerId();
        confirmations.require(voter, ConfirmationRules.Action.SUPPORT);
        verifiedIdentities.requireForSupport(voter);
        VotingState state = tallies.lockForVoting(proposalId);
        if (!state.isOpenAt(clock.instant())) {
            throw new VotingClosedException();
        }
        Optional<Vote> existing = find(proposalId, voter);
        if (existing.isEmpty()) {
            countChange(voter);
            em.persist(new Vote(proposalId, voter, choice, clock.instant()));
            state = tallies.adjust(proposalId, choice == Choice.FOR ? 1 : 0, choice == Choice.AGAINST ? 1 : 0);
        } else if (existing.get().getChoice() != choice) {
            countChange(voter);
            existing.get().change(choice, clock.instant());
            int delta = choice == Choice.FOR ? 1 : -1;
            state = tallies.adjust(proposalId, delta, -delta);
        }
        return tally(state, choice);
    }

    /** The caller takes their vote back, while voting is open. Withdrawing nothing changes nothing. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Tally withdraw(long proposalId) {
        long voter = callerId();
        VotingState state = tallies.lockForVoting(proposalId);
        if (!state.isOpenAt(clock.instant())) {
            throw new VotingClosedException();
        }
        Optional<Vote> existing = find(proposalId, voter);
        if (existing.isPresent()) {
            countChange(voter);
            Choice was = existing.get().getChoice();
            em.remove(existing.get());
            state = tallies.adjust(proposalId, was == Choice.FOR ? -1 : 0, was == Choice.AGAINST ? -1 : 0);
        }
        return tally(state, null);
    }

    /** The caller's current vote on a proposal, if any. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Optional<Choice> myVote(long proposalId) {
        return find(proposalId, callerId()).map(Vote::getChoice);
    }

    /**
     * Recounts every proposal's tallies from the vote rows and reports each difference with the counters; with
     * {@code correct}, sets the counters to the recount. A drift would mean a bug: the report says where.
     */
    /** One of the caller's votes, as My activity lists them. */
    public record MyVote(long proposalId, Choice choice, Instant at) {
    }

    /** The caller's votes, the latest cast or changed first (found by the index on the voter, ix_vote_account). */
    @RolesAllowed(Role.Names.CITIZEN)
    public List<MyVote> mine(int first, int pageSize) {
        return em.createQuery("SELECT v.proposalId, v.choice, v.updatedAt FROM Vote v WHERE v.accountId = :me "
                        + "ORDER BY v.updatedAt DESC, v.id DESC", Object[].class)
                .setParameter("me", callerId()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultStream()
                .map(r -> new MyVote((Long) r[0], (Choice) r[1], (Instant) r[2])).toList();
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public long countMine() {
        return em.createQuery("SELECT COUNT(v) FROM Vote v WHERE v.accountId = :me", Long.class)
                .setParameter("me", callerId()).getSingleResult();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<Drift> recount(boolean correct) {
        Map<Long, long[]> counted = new HashMap<>();
        em.createQuery("SELECT v.proposalId, v.choice, COUNT(v) FROM Vote v GROUP BY v.proposalId, v.choice", Object[].class)
                .getResultList().forEach(r -> counted.computeIfAbsent((Long) r[0], k -> new long[2])
                        [r[1] == Choice.FOR ? 0 : 1] = ((Number) r[2]).longValue());
        List<Drift> drifts = new ArrayList<>();
        for (Object[] stored : em.createQuery("SELECT t.id, t.votesFor, t.votesAgainst FROM ProposalTally t ORDER BY t.id",
                Object[].class).getResultList()) {
            long id = (Long) stored[0];
            long storedFor = ((Number) stored[1]).longValue();
            long storedAgainst = ((Number) stored[2]).longValue();
            long[] rows = counted.getOrDefault(id, new long[2]);
            if (rows[0] != storedFor || rows[1] != storedAgainst) {
                drifts.add(new Drift(id, storedFor, storedAgainst, rows[0], rows[1]));
                if (correct) {
                    ProposalTally tally = tallies.lockedTally(id);
                    if (tally != null) {
                        tally.reset((int) rows[0], (int) rows[1]);
                        audit.record("TALLY_CORRECTED", "PROPOSAL", id, storedFor + "/" + storedAgainst + " → " + rows[0] + "/"
                                + rows[1]);
                    }
                }
            }
        }
        return drifts;
    }

    /** A proposal whose counters differ from its vote rows. */
    public record Drift(long proposalId, long storedFor, long storedAgainst, long countedFor, long countedAgainst) {
    }

    private void countChange(long voter) {
        limits.take(Limit.of("vote", votesPerMinute, Duration.ofMinutes(1)), Long.toString(voter), "limit.votes");
    }

    private Optional<Vote> find(long proposalId, long accountId) {
        return em.createQuery("SELECT v FROM Vote v WHERE v.proposalId = :p AND v.accountId = :a", Vote.class)
                .setParameter("p", proposalId).setParameter("a", accountId)
                .getResultStream().findFirst();
    }

    private static Tally tally(VotingState state, Choice mine) {
        return new Tally(state.proposalId(), state.votesFor(), state.votesAgainst(), mine, state.status().name());
    }

    private long callerId() {
        return Callers.requireAccountId(session);
    }
}
