package org.civitas.contests;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Photo contests as people read them, every list paged in the database and projected (a photo's bytes are read only
 * when served). The public finds approved photos only; their votes, averages and prizes only once the results are
 * out. An author reads their own photos whatever their state; moderators read what waits for them; a juror reads the
 * photos to score with their own scores.
 */
@Stateless
public class ContestReader {

    public static final int PAGE_SIZE = 24;

    private static final String ENTRY = "SELECT NEW org.civitas.contests.PhotoRow(p.id, p.contestId, c.title, "
            + "p.title, p.place, p.credit, p.licence, p.width, p.height, p.createdAt, p.approvedAt, p.voteCount, "
            + "p.juryTotal, p.juryCount, p.juryRank, p.publicPrize, p.status, p.rejectionReason, c.resultsAt) "
            + "FROM ContestPhoto p, Contest c WHERE c.id = p.contestId ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContestService contests;

    /** The contests, newest first by their submissions' opening. */
    @PermitAll
    public List<ContestSummary> contests(int first, int size) {
        List<Contest> list = em.createQuery("SELECT c FROM Contest c ORDER BY c.submissionsOn DESC, c.id DESC",
                        Contest.class).setHint("eclipselink.batch", "c.jurors").setHint("eclipselink.batch.type", "IN")
                .setFirstResult(Math.max(0, first)).setMaxResults(bounded(size)).getResultList();
        Map<Long, Long> counts = approvedCounts(list.stream().map(Contest::getId).toList());
        LocalDate today = contests.today();
        return list.stream().map(c -> summary(c, counts.getOrDefault(c.getId(), 0L), today)).toList();
    }

    @PermitAll
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Contest c", Long.class).getSingleResult();
    }

    @PermitAll
    public Optional<ContestSummary> contest(long id) {
        Contest contest = em.find(Contest.class, id);
        return contest == null ? Optional.empty()
                : Optional.of(summary(contest, approvedCounts(List.of(id)).getOrDefault(id, 0L), contests.today()));
    }

    /** Whether the account is on the contest's jury. */
    @PermitAll
    public boolean isJuror(long contestId, long accountId) {
        Contest contest = em.find(Contest.class, contestId);
        return contest != null && contest.getJurors().contains(accountId);
    }

    /** The jurors' account ids (for the official's page). */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Set<Long> jurors(long contestId) {
        Contest contest = em.find(Contest.class, contestId);
        return contest == null ? Set.of() : contest.getJurors();
    }

    /**
     * A contest's approved photos: once the results are out the winners first (jury prizes in order, then the
     * public's), then the others by votes; before, the newest approved first.
     */
    @PermitAll
    public List<PhotoEntry> photos(long contestId, int first, int size) {
        Contest contest = em.find(Contest.class, contestId);
        if (contest == null) {
            return List.of();
        }
        String order = contest.getResultsAt() == null ? "ORDER BY p.approvedAt DESC, p.id DESC"
                : "ORDER BY p.juryRank, p.publicPrize DESC, p.voteCount DESC, p.id"; // no rank sorts last on both
        return em.createQuery(ENTRY + "AND p.contestId = :c AND p.status = :s " + order, PhotoRow.class)
                .setParameter("c", contestId).setParameter("s", PhotoStatus.APPROVED)
                .setFirstResult(Math.max(0, first)).setMaxResults(bounded(size)).getResultList()
                .stream().map(PhotoRow::entry).toList();
    }

    /** The winners of a contest whose results are out, in order; empty before. */
    @PermitAll
    public List<PhotoEntry> winners(long contestId) {
        return em.createQuery(ENTRY + "AND p.contestId = :c AND p.status = :s AND c.resultsAt IS NOT NULL "
                        + "AND (p.juryRank IS NOT NULL OR p.publicPrize = TRUE) "
                        + "ORDER BY p.juryRank, p.id", PhotoRow.class)
                .setParameter("c", contestId).setParameter("s", PhotoStatus.APPROVED).getResultList()
                .stream().map(PhotoRow::entry).toList();
    }

    /** An approved photo. */
    @PermitAll
    public Optional<PhotoEntry> photo(long id) {
        return em.createQuery(ENTRY + "AND p.id = :id AND p.status = :s", PhotoRow.class).setParameter("id", id)
                .setParameter("s", PhotoStatus.APPROVED).getResultStream().findFirst().map(PhotoRow::entry);
    }

    /** A photo's JPEG, and whether it is approved (anyone may see it, and caches keep it). */
    public record Image(byte[] bytes, boolean approved) {
    }

    /**
     * A photo's JPEG (large, or its thumbnail) for whoever may see it: anyone once approved, before that its author
     * and the moderators.
     */
    @PermitAll
    public Optional<Image> image(long id, boolean thumbnail, Long viewer, boolean moderator) {
        ContestPhoto photo = em.find(ContestPhoto.class, id);
        if (photo == null || !(photo.getStatus() == PhotoStatus.APPROVED || moderator
                || viewer != null && viewer == photo.getAccountId())) {
            return Optional.empty();
        }
        return Optional.of(new Image(thumbnail ? photo.getThumbnail() : photo.getLarge(),
                photo.getStatus() == PhotoStatus.APPROVED));
    }

    /** The account's photos in a contest, whatever their state, newest first. */
    @PermitAll
    public List<PhotoEntry> mine(long contestId, long accountId) {
        return em.createQuery(ENTRY + "AND p.contestId = :c AND p.accountId = :a ORDER BY p.id DESC", PhotoRow.class)
                .setParameter("c", contestId).setParameter("a", accountId).getResultList()
                .stream().map(PhotoRow::entry).toList();
    }

    /** The photos the account voted for in a contest. */
    @PermitAll
    public Set<Long> votedFor(long contestId, long accountId) {
        return Set.copyOf(em.createQuery("SELECT v.photoId FROM ContestVote v WHERE v.contestId = :c "
                        + "AND v.accountId = :a", Long.class).setParameter("c", contestId).setParameter("a", accountId)
                .getResultList());
    }

    /** The juror's scores in a contest, by photo. */
    @PermitAll
    public Map<Long, Integer> scoresOf(long contestId, long jurorId) {
        Map<Long, Integer> scores = new HashMap<>();
        em.createQuery("SELECT s.photoId, s.score FROM JuryScore s, ContestPhoto p WHERE p.id = s.photoId "
                        + "AND p.contestId = :c AND s.jurorId = :j", Object[].class)
                .setParameter("c", contestId).setParameter("j", jurorId).getResultList()
                .forEach(r -> scores.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return scores;
    }

    /** A public page's id and last change, for the sitemap. */
    public record Changed(long id, Instant changedAt) {
    }

    /** Every contest (they are public from their creation). */
    @PermitAll
    public List<Changed> sitemapContests() {
        return em.createQuery("SELECT c.id, c.changedAt FROM Contest c ORDER BY c.id", Object[].class)
                .setMaxResults(1_000).getResultList().stream()
                .map(r -> new Changed(((Number) r[0]).longValue(), (Instant) r[1])).toList();
    }

    /** The newest approved photos. */
    @PermitAll
    public List<Changed> sitemapPhotos(int max) {
        return em.createQuery("SELECT p.id, p.changedAt FROM ContestPhoto p WHERE p.status = :s "
                        + "ORDER BY p.approvedAt DESC, p.id DESC", Object[].class).setParameter("s", PhotoStatus.APPROVED)
                .setMaxResults(Math.max(1, max)).getResultList().stream()
                .map(r -> new Changed(((Number) r[0]).longValue(), (Instant) r[1])).toList();
    }

    /** Photos waiting for a moderator, oldest first. */
    @RolesAllowed(Role.Names.MODERATOR)
    public List<PhotoEntry> pending(int first, int size) {
        return em.createQuery(ENTRY + "AND p.status = :s ORDER BY p.createdAt, p.id", PhotoRow.class)
                .setParameter("s", PhotoStatus.PENDING).setFirstResult(Math.max(0, first))
                .setMaxResults(bounded(size)).getResultList().stream().map(PhotoRow::entry).toList();
    }

    @PermitAll
    public long pendingCount() {
        return em.createQuery("SELECT COUNT(p) FROM ContestPhoto p WHERE p.status = :s", Long.class)
                .setParameter("s", PhotoStatus.PENDING).getSingleResult();
    }

    /** Figures for the dashboard: photos by state, votes cast, contests. */
    public record Figures(long contests, long approved, long pending, long rejected, long votes) {
    }

    @PermitAll
    public Figures figures() {
        Map<PhotoStatus, Long> byStatus = em.createQuery("SELECT p.status, COUNT(p) FROM ContestPhoto p "
                        + "GROUP BY p.status", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (PhotoStatus) r[0], r -> ((Number) r[1]).longValue()));
        return new Figures(count(), byStatus.getOrDefault(PhotoStatus.APPROVED, 0L),
                byStatus.getOrDefault(PhotoStatus.PENDING, 0L), byStatus.getOrDefault(PhotoStatus.REJECTED, 0L),
                em.createQuery("SELECT COUNT(v) FROM ContestVote v", Long.class).getSingleResult());
    }

    private ContestSummary summary(Contest c, long photos, LocalDate today) {
        return new ContestSummary(c.getId(), c.getTitle(), c.getTheme(), c.getRules(), c.getSubmissionsOn(),
                c.getVotingOn(), c.getJuryOn(), c.getPhotosPerAccount(), c.getVotesPerAccount(), c.getPrizes(),
                c.phaseOn(today), photos, c.getJurors().size(), c.getResultsAt());
    }

    private Map<Long, Long> approvedCounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.contestId, COUNT(p) FROM ContestPhoto p WHERE p.contestId IN :ids "
                        + "AND p.status = :s GROUP BY p.contestId", Object[].class).setParameter("ids", ids)
                .setParameter("s", PhotoStatus.APPROVED).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    private static int bounded(int size) {
        return Math.max(1, Math.min(size, 100));
    }
}
