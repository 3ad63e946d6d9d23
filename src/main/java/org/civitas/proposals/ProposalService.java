package org.civitas.proposals;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.Callers;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.RateLimiter;
import org.civitas.platform.SettingsService;
import org.civitas.platform.Town;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The proposal aggregate: drafts, publication, edits, withdrawal, the public list and the history. Only the
 * author writes, edits, publishes and withdraws, which each method checks against the caller itself.
 */
@Stateless
public class ProposalService {

    private static final String ROW = "SELECT NEW org.civitas.proposals.ProposalRow(p.id, p.slug, p.title, t.code, "
            + "t.nameFr, t.nameEn, d.name, p.status, p.votesFor, p.commentCount, p.publishedAt, p.photoId) "
            + "FROM Proposal p JOIN p.theme t LEFT JOIN p.district d WHERE p.status <> :draft";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private SupportRules supportRules;

    @Inject
    private RateLimiter limits;

    @Inject
    private Town town;

    @Inject
    private SettingsService settings;

    /** Proposals (drafts included) one account may write in a day. */
    @Inject
    @ConfigProperty(name = "civitas.limit.proposals-per-day", defaultValue = "5")
    private int proposalsPerDay;

    /** How long a published proposal takes votes (days); officials' answers close it earlier. */
    @Inject
    @ConfigProperty(name = "civitas.voting.days", defaultValue = "90")
    private int votingDays;

    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal createDraft(@NotNull @Valid ProposalDraft draft) {
        limits.record(callerId(), "proposal", proposalsPerDay, Duration.ofDays(1), "limit.proposals");
        Proposal proposal = new Proposal(callerId(), draft, theme(draft.themeCode()), district(draft.districtCode()),
                clock.instant());
        em.persist(proposal);
        em.persist(new ProposalStatusChange(proposal, null, ProposalStatus.DRAFT, callerId(), clock.instant()));
        return proposal;
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal update(long id, @NotNull @Valid ProposalDraft draft) {
        Proposal proposal = ownedForUpdate(id);
        if (!proposal.isEditable()) {
            throw new ProposalNotEditableException();
        }
        proposal.apply(draft, theme(draft.themeCode()), district(draft.districtCode()), clock.instant());
        return proposal;
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal publish(long id) {
        Proposal proposal = ownedForUpdate(id);
        em.persist(proposal.publish(callerId(), clock.instant(), Duration.ofDays(votingDays)));
        return proposal;
    }

    /**
     * The author adds or replaces the photo while the proposal is editable: the upload is checked and re-encoded
     * (see PhotoProcessor) before anything is stored, and the photo it replaces is deleted.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal attachPhoto(long id, byte[] upload) {
        PhotoProcessor.Processed processed = PhotoProcessor.process(upload);
        Proposal proposal = ownedForUpdate(id);
        if (!proposal.isEditable()) {
            throw new ProposalNotEditableException();
        }
        Photo photo = new Photo(id, processed, clock.instant());
        em.persist(photo);
        em.flush();
        Long previous = proposal.getPhotoId();
        proposal.setPhotoId(photo.getId(), clock.instant());
        deletePhoto(previous);
        return proposal;
    }

    /** The author removes the photo while the proposal is editable. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal removePhoto(long id) {
        Proposal proposal = ownedForUpdate(id);
        if (!proposal.isEditable()) {
            throw new ProposalNotEditableException();
        }
        Long previous = proposal.getPhotoId();
        proposal.setPhotoId(null, clock.instant());
        deletePhoto(previous);
        return proposal;
    }

    private void deletePhoto(Long photoId) {
        if (photoId != null) {
            em.createQuery("DELETE FROM Photo p WHERE p.id = :id").setParameter("id", photoId).executeUpdate();
        }
    }

    /**
     * A photo's bytes, large or thumbnail, if the caller may see its proposal and it is the proposal's current
     * photo; empty otherwise (the same answer as for a photo that never existed).
     */
    @PermitAll
    public Optional<byte[]> photo(long photoId, boolean thumbnail) {
        List<Long> owner = em.createQuery("SELECT p.proposalId FROM Photo p WHERE p.id = :id", Long.class)
                .setParameter("id", photoId).getResultList();
        if (owner.isEmpty() || find(owner.get(0)).filter(p -> Long.valueOf(photoId).equals(p.getPhotoId())).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("SELECT " + (thumbnail ? "p.thumbnail" : "p.large")
                + " FROM Photo p WHERE p.id = :id", byte[].class).setParameter("id", photoId).getSingleResult());
    }

    /** A current photo's width and height in pixels (the large one), for link previews. */
    @PermitAll
    public Optional<int[]> photoSize(long photoId) {
        return em.createQuery("SELECT p.width, p.height FROM Photo p WHERE p.id = :id", Object[].class)
                .setParameter("id", photoId).getResultStream().findFirst()
                .map(r -> new int[]{((Number) r[0]).intValue(), ((Number) r[1]).intValue()});
    }

    /** The author takes the proposal back: it stays visible, marked withdrawn, and takes no more votes. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal withdraw(long id) {
        Proposal proposal = ownedForUpdate(id);
        em.persist(proposal.moveTo(ProposalStatus.WITHDRAWN, callerId(), clock.instant()));
        return proposal;
    }

    /**
     * Publishes a proposal on behalf of an author at a given moment. For seeding at start-up (demo data); no view
     * or resource calls it, which is why it needs no role.
     */
    @PermitAll
    public Proposal seedPublished(long authorId, @NotNull @Valid ProposalDraft draft, @NotNull java.time.Instant publishedAt) {
        Proposal proposal = new Proposal(authorId, draft, theme(draft.themeCode()), district(draft.districtCode()),
                publishedAt.minus(Duration.ofHours(2)));
        em.persist(proposal);
        em.persist(new ProposalStatusChange(proposal, null, ProposalStatus.DRAFT, authorId, proposal.getCreatedAt()));
        em.persist(proposal.publish(authorId, publishedAt, Duration.ofDays(votingDays)));
        return proposal;
    }

    /**
     * Locks the proposal's row until the end of the transaction, so that what touches one proposal (reports of it
     * and of its comments, say) is decided one at a time.
     */
    @PermitAll
    public void serialize(long id) {
        if (em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new ProposalNotFoundException();
        }
    }

    /**
     * Locks a proposal's row while its comment counter changes; a comment is added (+1) only to a public proposal
     * that is not hidden. The counter counts the comments a visitor sees: deleted and hidden ones are taken off.
     */
    @PermitAll
    public void adjustCommentCount(long id, int delta) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || (delta > 0 && (!proposal.getStatus().isPublic() || proposal.isHidden()))) {
            throw new ProposalNotFoundException();
        }
        proposal.adjustComments(delta);
    }

    /**
     * Hides a proposal that enough accounts reported, until a moderator looks at it (moderation calls this; no view
     * or resource does). A proposal a moderator already decided on stays as decided. Returns whether this call hid it.
     */
    @PermitAll
    public boolean hideReported(long id) {
        Proposal proposal = locked(id);
        if (proposal.isHidden()) {
            return false;
        }
        proposal.hide(clock.instant(), HiddenCause.REPORTS, null);
        return true;
    }

    /** A moderator hides a proposal with a public reason, or shows it again ({@code reason} ignored). */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public Proposal moderate(long id, boolean hide, String reason) {
        Proposal proposal = locked(id);
        if (hide) {
            proposal.hide(clock.instant(), HiddenCause.MODERATOR, reason);
        } else {
            proposal.restore();
        }
        return proposal;
    }

    /** Hides every visible proposal of an account being blocked; returns how many. */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public int hideAllOf(long authorId) {
        List<Proposal> visible = em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a AND p.hiddenAt IS NULL",
                Proposal.class).setParameter("a", authorId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        visible.forEach(p -> p.hide(clock.instant(), HiddenCause.BLOCK, null));
        return visible.size();
    }

    /** Shows again the proposals hidden because their author was blocked; returns how many. */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public int restoreAllOf(long authorId) {
        List<Proposal> hidden = em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a AND p.hiddenCause = :c",
                        Proposal.class).setParameter("a", authorId).setParameter("c", HiddenCause.BLOCK)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        hidden.forEach(Proposal::restore);
        return hidden.size();
    }

    /**
     * The public reason for which moderators removed a proposal, if they did: what its page says in its place.
     * Empty for a proposal that is visible, missing, a draft, or hidden for another cause.
     */
    @PermitAll
    public Optional<String> removalReason(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null || !proposal.getStatus().isPublic() || proposal.getHiddenCause() != HiddenCause.MODERATOR) {
            return Optional.empty();
        }
        return Optional.of(proposal.getHiddenReason() == null ? "" : proposal.getHiddenReason());
    }

    private Proposal locked(long id) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new ProposalNotFoundException();
        }
        return proposal;
    }

    /**
     * An official's decision moves the proposal (see {@link ProposalStatus#canBecome}): a first answer to a
     * published or reviewed proposal closes its voting; later ones follow it (accepted, in progress, implemented).
     * Hidden proposals wait for the moderators.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Decision recordDecision(long id, @NotNull ProposalStatus decision) {
        if (!decision.isAnswered()) {
            throw new IllegalTransitionException(ProposalStatus.PUBLISHED, decision);
        }
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || !proposal.getStatus().isPublic() || proposal.isHidden()) {
            throw new ProposalNotFoundException();
        }
        ProposalStatusChange change = proposal.moveTo(decision, callerId(), clock.instant());
        em.persist(change);
        em.flush();
        return new Decision(proposal, change.getId());
    }

    /** A decision recorded: the proposal, and the step of its history the decision made. */
    public record Decision(Proposal proposal, long statusChangeId) {
    }

    /** Proposals under review, longest waiting first, for the officials' queue. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public List<Proposal> reviewQueue(int first, int pageSize) {
        return em.createQuery("SELECT p FROM Proposal p JOIN FETCH p.theme LEFT JOIN FETCH p.district "
                        + "WHERE p.status = :s AND p.hiddenAt IS NULL ORDER BY p.underReviewAt, p.id", Proposal.class)
                .setParameter("s", ProposalStatus.UNDER_REVIEW)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultList();
    }

    @RolesAllowed(Role.Names.OFFICIAL)
    public long reviewQueueSize() {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.status = :s AND p.hiddenAt IS NULL", Long.class)
                .setParameter("s", ProposalStatus.UNDER_REVIEW).getSingleResult();
    }

    /**
     * An administrator changes the support threshold. Published proposals that the new threshold puts over the
     * line go under review at once, each with its history entry; returns how many did.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int changeThreshold(@NotNull SupportThreshold threshold) {
        settings.put(SupportRules.PERCENT_KEY, Double.toString(threshold.percentOfCitizens()));
        settings.put(SupportRules.FLOOR_KEY, Integer.toString(threshold.floor()));
        supportRules.forget();
        long required = threshold.required(supportRules.citizens());
        List<Long> reached = em.createQuery("SELECT p.id FROM Proposal p WHERE p.status = :published "
                        + "AND p.votesFor >= :required", Long.class)
                .setParameter("published", ProposalStatus.PUBLISHED).setParameter("required", (int) Math.min(required,
                        Integer.MAX_VALUE)).getResultList();
        int moved = 0;
        for (long id : reached) {
            Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (proposal.getStatus() == ProposalStatus.PUBLISHED && proposal.getVotesFor() >= required) {
                em.persist(proposal.moveTo(ProposalStatus.UNDER_REVIEW, callerId(), clock.instant()));
                moved++;
            }
        }
        return moved;
    }

    /** Sets the tallies to a recount of the vote rows (see VoteService.recount). */
    @RolesAllowed(Role.Names.ADMIN)
    public void correctTallies(long id, int votesFor, int votesAgainst) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new ProposalNotFoundException();
        }
        proposal.resetTallies(votesFor, votesAgainst);
    }

    /** Every proposal's stored tallies, as {id, for, against}: what a recount compares with. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<long[]> storedTallies() {
        return em.createQuery("SELECT p.id, p.votesFor, p.votesAgainst FROM Proposal p ORDER BY p.id", Object[].class)
                .getResultList().stream()
                .map(r -> new long[]{(Long) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()}).toList();
    }

    /**
     * A public proposal, or the caller's own draft. A hidden proposal is found only by its author and by moderators
     * (who see it marked hidden); to everyone else it does not exist.
     */
    @PermitAll
    public Optional<Proposal> find(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null || !isVisibleToCaller(proposal)) {
            return Optional.empty();
        }
        return Optional.of(proposal);
    }

    private boolean isVisibleToCaller(Proposal proposal) {
        if (isCaller(proposal.getAuthorId())) {
            return true;
        }
        if (!proposal.getStatus().isPublic()) {
            return false;
        }
        return !proposal.isHidden()
                || session.isCallerInRole(Role.Names.MODERATOR) || session.isCallerInRole(Role.Names.ADMIN);
    }

    @PermitAll
    public List<ProposalStatusChange> history(long id) {
        find(id).orElseThrow(ProposalNotFoundException::new);
        return em.createQuery("SELECT c FROM ProposalStatusChange c WHERE c.proposal.id = :id "
                        + "ORDER BY c.changedAt, c.id", ProposalStatusChange.class)
                .setParameter("id", id).getResultList();
    }

    /** Titles and addresses of public, visible proposals, by id, in one query (a list of notifications, say). */
    @PermitAll
    public Map<Long, ProposalRow> rows(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(ROW + " AND p.hiddenAt IS NULL AND p.id IN :ids", ProposalRow.class)
                .setParameter("draft", ProposalStatus.DRAFT).setParameter("ids", ids.stream().distinct().toList())
                .getResultStream().collect(Collectors.toMap(ProposalRow::id, r -> r));
    }

    /** A page of public proposals, filtered and sorted in the database. */
    @PermitAll
    public List<ProposalRow> list(@NotNull ProposalQuery query, int first, int pageSize) {
        int start = Math.max(0, first);
        int size = Math.max(1, Math.min(pageSize, 100));
        if (query.sort() == ProposalQuery.Sort.TRENDING) {
            return trending(query, start, size);
        }
        String order = switch (query.sort()) {
            case MOST_SUPPORTED -> " ORDER BY p.votesFor DESC, p.publishedAt DESC, p.id DESC";
            case MOST_COMMENTED -> " ORDER BY p.commentCount DESC, p.publishedAt DESC, p.id DESC";
            default -> " ORDER BY p.publishedAt DESC, p.id DESC";
        };
        TypedQuery<ProposalRow> q = em.createQuery(ROW + filters(query) + order, ProposalRow.class);
        bind(q, query);
        return q.setFirstResult(start).setMaxResults(size).getResultList();
    }

    /**
     * Trending, in two queries: the page's ids ranked by the votes of the last 7 days (summed from the daily lines
     * in the database), then their rows.
     */
    private List<ProposalRow> trending(ProposalQuery query, int first, int size) {
        LocalDate since = LocalDate.ofInstant(clock.instant(), town.getZone()).minusDays(6);
        TypedQuery<Object[]> ranked = em.createQuery("SELECT p.id, SUM(COALESCE(v.votesFor + v.votesAgainst, 0)) AS recent "
                + "FROM Proposal p JOIN p.theme t LEFT JOIN p.district d "
                + "LEFT JOIN VoteDay v ON v.proposalId = p.id AND v.date >= :since "
                + "WHERE p.status <> :draft" + filters(query)
                + " GROUP BY p.id, p.publishedAt ORDER BY recent DESC, p.publishedAt DESC, p.id DESC", Object[].class);
        bind(ranked, query);
        List<Long> ids = ranked.setParameter("since", since).setFirstResult(first).setMaxResults(size).getResultList()
                .stream().map(r -> ((Number) r[0]).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProposalRow> rows = em.createQuery(ROW + " AND p.id IN :ids", ProposalRow.class)
                .setParameter("draft", ProposalStatus.DRAFT).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ProposalRow::id, r -> r));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    @PermitAll
    public long count(@NotNull ProposalQuery query) {
        // Joined only when filtered on: the town's whole list is then counted from an index alone (V18).
        String joins = (query.themeCode() != null ? " JOIN p.theme t" : "")
                + (query.districtCode() != null ? " LEFT JOIN p.district d" : "");
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM Proposal p" + joins
                + " WHERE p.status <> :draft" + filters(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    private static String filters(ProposalQuery query) {
        StringBuilder where = new StringBuilder(" AND p.hiddenAt IS NULL");
        if (query.themeCode() != null) {
            where.append(" AND t.code = :theme");
        }
        if (ProposalQuery.WHOLE_TOWN.equals(query.districtCode())) {
            where.append(" AND d IS NULL");
        } else if (query.districtCode() != null) {
            where.append(" AND d.code = :district");
        }
        if (query.status() != null) {
            where.append(" AND p.status = :status");
        }
        if (query.text() != null) {
            where.append(" AND (LOWER(p.title) LIKE :text ESCAPE '\\' OR LOWER(p.summary) LIKE :text ESCAPE '\\')");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, ProposalQuery query) {
        q.setParameter("draft", ProposalStatus.DRAFT);
        if (query.themeCode() != null) {
            q.setParameter("theme", query.themeCode());
        }
        if (query.districtCode() != null && !ProposalQuery.WHOLE_TOWN.equals(query.districtCode())) {
            q.setParameter("district", query.districtCode());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.text() != null) {
            q.setParameter("text", "%" + query.text().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    private Proposal ownedForUpdate(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null || (!proposal.getStatus().isPublic() && !isCaller(proposal.getAuthorId()))) {
            throw new ProposalNotFoundException();
        }
        if (!isCaller(proposal.getAuthorId())) {
            throw new NotTheAuthorException();
        }
        return proposal;
    }

    private Theme theme(String code) {
        return em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(UnknownThemeOrDistrictException::new);
    }

    private District district(String code) {
        if (code == null || code.isBlank() || ProposalQuery.WHOLE_TOWN.equals(code)) {
            return null;
        }
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(UnknownThemeOrDistrictException::new);
    }

    private boolean isCaller(long accountId) {
        return Callers.accountId(session).filter(caller -> caller == accountId).isPresent();
    }

    private long callerId() {
        return Callers.requireAccountId(session);
    }
}
