package org.civitas.contests;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainText;
import org.civitas.platform.Town;
import org.civitas.proposals.PhotoProcessor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that changes a photo contest, each in one transaction. Officials open and change contests, name the
 * jury and publish the results; people with an account submit photos (through {@link ContestUploads}, which decodes
 * them first) while submissions are open; moderators approve or reject each photo; during the vote an account votes
 * for up to the contest's number of photos (never its own, never twice the same); jurors score approved photos from
 * the vote's opening until the results. Limits hold under concurrency: an author's photos and a voter's votes take
 * numbered slots that the database keeps unique, and a photo's counters change under a lock on its row.
 */
@Stateless
public class ContestService {

    /** At most this many jurors. */
    public static final int MAX_JURORS = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Town town;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    @Inject
    private AccountService accounts;

    @Inject
    private Event<ContestPhotoDecided> decided;

    /** The day it is in the town. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(town.getZone()));
    }

    @RolesAllowed(Role.Names.OFFICIAL)
    public Contest open(@NotNull @Valid ContestDraft draft) {
        Contest contest = new Contest(draft, Callers.requireAccountId(session), clock.instant());
        em.persist(contest);
        em.flush();
        audit.record("CONTEST_OPENED", "CONTEST", contest.getId(), null);
        return contest;
    }

    /** Changes a contest's words, dates and limits, until its results are published. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Contest change(long id, @NotNull @Valid ContestDraft draft) {
        Contest contest = locked(id);
        if (contest.getResultsAt() != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.closed");
        }
        contest.change(draft);
        audit.record("CONTEST_CHANGED", "CONTEST", id, null);
        return contest;
    }

    /**
     * Names the jury by the e-mail addresses of their accounts (an address with no active account is refused, the
     * whole list with it); an empty list leaves the contest without a jury.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Contest jury(long id, @NotNull @Size(max = MAX_JURORS) List<@NotBlank @Size(max = 254) String> emails) {
        Contest contest = locked(id);
        if (contest.getResultsAt() != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.closed");
        }
        Set<Long> jurors = new LinkedHashSet<>();
        for (String email : emails) {
            Account account = accounts.findByEmail(email.strip()).filter(a -> a.getDeletedAt() == null)
                    .orElseThrow(() -> BusinessException.ofField(BusinessException.Kind.INVALID, "jury",
                            "contest.jurorUnknown", email.strip()));
            jurors.add(account.getId());
        }
        contest.jurors(jurors);
        audit.record("CONTEST_JURY_NAMED", "CONTEST", id, jurors.size() + " jurors");
        return contest;
    }

    /** Stores a photo already checked and re-encoded, waiting for a moderator; while submissions are open only. */
    @RolesAllowed(Role.Names.CITIZEN)
    public ContestPhoto submit(long contestId, @NotNull @Valid PhotoSubmission submission,
                               @NotNull PhotoProcessor.Processed processed) {
        long me = Callers.requireAccountId(session);
        Contest contest = found(contestId);
        if (contest.phaseOn(today()) != ContestPhase.SUBMISSIONS) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.notSubmitting");
        }
        int slot = freeSlot(takenSlots(contestId, me), contest.getPhotosPerAccount());
        if (slot == 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.photoLimit",
                    contest.getPhotosPerAccount());
        }
        ContestPhoto photo = new ContestPhoto(contestId, me, slot, submission.tidy(), processed, clock.instant());
        em.persist(photo);
        flushOrRace();
        return photo;
    }

    /** A moderator approves a photo: it becomes public. One rejected before may be approved on second thought. */
    @RolesAllowed(Role.Names.MODERATOR)
    public ContestPhoto approve(long photoId) {
        ContestPhoto photo = lockedPhoto(photoId);
        Integer slot = photo.getSlot();
        if (slot == null) {
            // A rejected photo given a second chance takes the author's next number, past the limit if need be:
            // the moderator decided.
            slot = freeSlot(takenSlots(photo.getContestId(), photo.getAccountId()), Integer.MAX_VALUE);
        }
        photo.decide(true, null, Callers.requireAccountId(session), slot, clock.instant());
        flushOrRace();
        audit.record("CONTEST_PHOTO_APPROVED", "CONTEST_PHOTO", photoId, null);
        decided.fire(new ContestPhotoDecided(photoId));
        return photo;
    }

    /** A moderator rejects a photo, or takes an approved one down, with a reason its author reads. */
    @RolesAllowed(Role.Names.MODERATOR)
    public ContestPhoto reject(long photoId, @NotBlank @Size(max = 500) @PlainText String reason) {
        ContestPhoto photo = lockedPhoto(photoId);
        photo.decide(false, reason.strip(), Callers.requireAccountId(session), 0, clock.instant());
        audit.record("CONTEST_PHOTO_REJECTED", "CONTEST_PHOTO", photoId, reason.strip());
        decided.fire(new ContestPhotoDecided(photoId));
        return photo;
    }

    /** Votes for an approved photo during the public vote: not one's own, not twice, not past the contest's limit. */
    @RolesAllowed(Role.Names.CITIZEN)
    public void vote(long photoId) {
        long me = Callers.requireAccountId(session);
        ContestPhoto photo = lockedPhoto(photoId);
        if (photo.getStatus() != PhotoStatus.APPROVED) {
            throw notFound();
        }
        Contest contest = found(photo.getContestId());
        if (contest.phaseOn(today()) != ContestPhase.VOTING) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.notVoting");
        }
        if (photo.getAccountId() == me) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.ownPhoto");
        }
        List<ContestVote> mine = myVotes(contest.getId(), me);
        if (mine.stream().anyMatch(v -> v.getPhotoId() == photoId)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.alreadyVoted");
        }
        int slot = freeSlot(em.createQuery("SELECT v.slot FROM ContestVote v WHERE v.contestId = :c "
                        + "AND v.accountId = :a", Integer.class).setParameter("c", contest.getId())
                .setParameter("a", me).getResultList(), contest.getVotesPerAccount());
        if (slot == 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.voteLimit",
                    contest.getVotesPerAccount());
        }
        em.persist(new ContestVote(contest.getId(), photoId, me, slot, clock.instant()));
        flushOrRace();
        count(photoId, "p.voteCount = p.voteCount + 1");
    }

    /** Withdraws one's vote for a photo, during the public vote; the vote may go to another photo. */
    @RolesAllowed(Role.Names.CITIZEN)
    public void withdraw(long photoId) {
        long me = Callers.requireAccountId(session);
        ContestPhoto photo = lockedPhoto(photoId);
        if (found(photo.getContestId()).phaseOn(today()) != ContestPhase.VOTING) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.notVoting");
        }
        int removed = em.createQuery("DELETE FROM ContestVote v WHERE v.photoId = :p AND v.accountId = :a")
                .setParameter("p", photoId).setParameter("a", me).executeUpdate();
        if (removed == 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.notVoted");
        }
        count(photoId, "p.voteCount = p.voteCount - " + removed);
    }

    /**
     * A juror scores an approved photo (0 to 10), or changes their score: from the vote's opening until the results,
     * never their own photo.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public void score(long photoId, @Min(0) @Max(10) int score) {
        long me = Callers.requireAccountId(session);
        ContestPhoto photo = lockedPhoto(photoId);
        Contest contest = found(photo.getContestId());
        if (!contest.getJurors().contains(me)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "contest.notJuror");
        }
        if (photo.getStatus() != PhotoStatus.APPROVED) {
            throw notFound();
        }
        ContestPhase phase = contest.phaseOn(today());
        if (phase != ContestPhase.VOTING && phase != ContestPhase.JURY) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.notScoring");
        }
        if (photo.getAccountId() == me) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.ownPhoto");
        }
        JuryScore existing = em.createQuery("SELECT s FROM JuryScore s WHERE s.photoId = :p AND s.jurorId = :j",
                        JuryScore.class).setParameter("p", photoId).setParameter("j", me)
                .getResultStream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(new JuryScore(photoId, me, score, clock.instant()));
            count(photoId, "p.juryTotal = p.juryTotal + " + score + ", p.juryCount = p.juryCount + 1");
        } else {
            count(photoId, "p.juryTotal = p.juryTotal + " + (score - existing.getScore()));
            existing.change(score, clock.instant());
        }
    }

    /**
     * Publishes the results once the jury's phase has begun: the contest's number of jury prizes go to the best
     * average scores (a photo no juror scored wins none; ties go to the most votes, then to the first submitted), and
     * the public's prize to the most voted photo (ties to the first submitted). Once only.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Contest publishResults(long id) {
        Contest contest = locked(id);
        ContestPhase phase = contest.phaseOn(today());
        if (phase == ContestPhase.RESULTS) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.resultsOut");
        }
        if (phase != ContestPhase.JURY) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.notJuryYet");
        }
        List<ContestPhoto> photos = em.createQuery("SELECT p FROM ContestPhoto p WHERE p.contestId = :c "
                        + "AND p.status = :s", ContestPhoto.class).setParameter("c", id)
                .setParameter("s", PhotoStatus.APPROVED).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Ranking.rank(photos, contest.getPrizes());
        contest.resultsPublished(clock.instant());
        audit.record("CONTEST_RESULTS_PUBLISHED", "CONTEST", id, null);
        return contest;
    }

    /**
     * Changes a photo's counters in place, under the lock its caller holds: a bulk update leaves the row's version and
     * change time alone, so that open data sees no change while the standings are not public (see ContestPhoto).
     */
    private void count(long photoId, String assignments) {
        em.createQuery("UPDATE ContestPhoto p SET " + assignments + " WHERE p.id = :id").setParameter("id", photoId)
                .executeUpdate();
    }

    private List<ContestVote> myVotes(long contestId, long me) {
        return em.createQuery("SELECT v FROM ContestVote v WHERE v.contestId = :c AND v.accountId = :a",
                ContestVote.class).setParameter("c", contestId).setParameter("a", me).getResultList();
    }

    /** The numbers an author's photos hold in a contest (a rejected photo holds none). */
    private List<Integer> takenSlots(long contestId, long accountId) {
        return em.createQuery("SELECT p.slot FROM ContestPhoto p WHERE p.contestId = :c AND p.accountId = :a "
                        + "AND p.slot IS NOT NULL", Integer.class).setParameter("c", contestId)
                .setParameter("a", accountId).getResultList();
    }

    /** The smallest number from 1 to {@code limit} not taken; 0 when all are. */
    static int freeSlot(List<Integer> taken, int limit) {
        Set<Integer> used = new HashSet<>(taken);
        for (int slot = 1; slot <= limit && slot > 0; slot++) {
            if (!used.contains(slot)) {
                return slot;
            }
        }
        return 0;
    }

    /** Writes now: two requests of one person at once may have taken the same slot, and one of them must say so. */
    private void flushOrRace() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "contest.tryAgain");
        }
    }

    private Contest found(long id) {
        Contest contest = em.find(Contest.class, id);
        if (contest == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "contest.notFound");
        }
        return contest;
    }

    private Contest locked(long id) {
        Contest contest = em.find(Contest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contest == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "contest.notFound");
        }
        return contest;
    }

    private ContestPhoto lockedPhoto(long id) {
        ContestPhoto photo = em.find(ContestPhoto.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (photo == null) {
            throw notFound();
        }
        return photo;
    }

    private BusinessException notFound() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "contest.photoNotFound");
    }
}
