package org.civitas.contests;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.proposals.PhotoProcessor;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Contests, photos, votes and scores written for seeding at start-up (the demo town), with nobody signed in: each
 * does what {@link ContestService} does, without its checks of phase and role, at the clock's time. Nothing else
 * calls it.
 */
@Stateless
@PermitAll
public class ContestSeeder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public long open(@NotNull @Valid ContestDraft draft, long official, Set<Long> jurors) {
        Contest contest = new Contest(draft, official, clock.instant());
        contest.jurors(jurors);
        em.persist(contest);
        em.flush();
        return contest.getId();
    }

    /**
     * A photo (any JPEG, PNG or WebP: it goes through the pipeline), approved by {@code moderator} if given, with
     * votes from {@code voters} and the jurors' {@code scores} (juror id, score).
     */
    public long photo(long contestId, long author, int slot, @NotNull @Valid PhotoSubmission submission, byte[] image,
                      Long moderator, List<Long> voters, List<long[]> scores) {
        ContestPhoto photo = new ContestPhoto(contestId, author, slot, submission.tidy(),
                PhotoProcessor.process(image), clock.instant());
        if (moderator != null) {
            photo.decide(true, null, moderator, slot, clock.instant());
        }
        em.persist(photo);
        em.flush();
        for (long voter : voters) {
            int voteSlot = ContestService.freeSlot(em.createQuery("SELECT v.slot FROM ContestVote v "
                            + "WHERE v.contestId = :c AND v.accountId = :a", Integer.class).setParameter("c", contestId)
                    .setParameter("a", voter).getResultList(), Integer.MAX_VALUE);
            em.persist(new ContestVote(contestId, photo.getId(), voter, voteSlot, clock.instant()));
            photo.voted(1);
        }
        for (long[] score : scores) {
            em.persist(new JuryScore(photo.getId(), score[0], (int) score[1], clock.instant()));
            photo.scored(null, (int) score[1]);
        }
        return photo.getId();
    }

    /** Publishes the results as an official would once the jury has scored. */
    public void publishResults(long contestId) {
        Contest contest = em.find(Contest.class, contestId);
        Ranking.rank(em.createQuery("SELECT p FROM ContestPhoto p WHERE p.contestId = :c AND p.status = :s",
                        ContestPhoto.class).setParameter("c", contestId).setParameter("s", PhotoStatus.APPROVED)
                .getResultList(), contest.getPrizes());
        contest.resultsPublished(clock.instant());
    }
}
