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
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.Callers;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.Paragraphs;
import org.civitas.platform.Town;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proposals as pages, lists, the API and other features read them. What the caller may see is decided here once: a
 * public proposal, or the caller's own draft; a hidden proposal only for its author and moderators. Lists page and
 * sort in the database and never show a hidden proposal.
 */
@Stateless
@PermitAll
public class ProposalReader {

    /** What everyone sees of proposals: not a draft, not hidden (the sitemap's walk; lists add their filters). */
    private static final String PUBLIC = "p.status <> :draft AND p.hiddenAt IS NULL";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    private Town town;

    @Resource
    private SessionContext session;

    /** A proposal's page for the caller, read in one transaction; empty when the caller may not see it. */
    public Optional<ProposalPage> page(long id) {
        List<Proposal> found = em.createQuery("SELECT p FROM Proposal p JOIN FETCH p.theme LEFT JOIN FETCH p.district "
                + "WHERE p.id = :id", Proposal.class).setParameter("id", id).getResultList();
        if (found.isEmpty() || !isVisibleToCaller(found.get(0))) {
            return Optional.empty();
        }
        Proposal proposal = found.get(0);
        AccountService.PublicProfile author = accounts.publicProfiles(List.of(proposal.getAuthorId()))
                .get(proposal.getAuthorId());
        int[] size = proposal.getPhotoId() == null ? new int[2] : em.createQuery(
                        "SELECT p.width, p.height FROM Photo p WHERE p.id = :id", Object[].class)
                .setParameter("id", proposal.getPhotoId()).getResultStream().findFirst()
                .map(r -> new int[]{((Number) r[0]).intValue(), ((Number) r[1]).intValue()}).orElse(new int[]{1600, 1200});
        return Optional.of(new ProposalPage(proposal, author == null ? null : author.displayName(), changes(id),
                Paragraphs.of(proposal.getBody()), size[0], size[1]));
    }

    /**
     * A public proposal, or the caller's own draft. A hidden proposal is found only by its author and by moderators
     * (who see it marked hidden); to everyone else it does not exist.
     */
    public Optional<Proposal> find(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        return proposal == null || !isVisibleToCaller(proposal) ? Optional.empty() : Optional.of(proposal);
    }

    /** A proposal everyone sees (public, not hidden): what can be shared, reported, commented on or answered. */
    public Optional<Proposal> openToAll(long id) {
        return find(id).filter(p -> p.getStatus().isPublic() && !p.isHidden());
    }

    /**
     * Locks the proposal's row until the end of the transaction, so that what touches one proposal (reports of it
     * and of its comments, shares counted) is decided one at a time.
     */
    public void serialize(long id) {
        if (em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new ProposalNotFoundException();
        }
    }

    /**
     * The public reason for which moderators removed a proposal, if they did: what its page says in its place.
     * Empty for a proposal that is visible, missing, a draft, or hidden for another cause.
     */
    public Optional<String> removalReason(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null || !proposal.getStatus().isPublic() || proposal.getHiddenCause() != HiddenCause.MODERATOR) {
            return Optional.empty();
        }
        return Optional.of(proposal.getHiddenReason() == null ? "" : proposal.getHiddenReason());
    }

    public List<ProposalStatusChange> history(long id) {
        find(id).orElseThrow(ProposalNotFoundException::new);
        return changes(id);
    }

    private List<ProposalStatusChange> changes(long id) {
        return em.createQuery("SELECT c FROM ProposalStatusChange c WHERE c.proposal.id = :id "
                        + "ORDER BY c.changedAt, c.id", ProposalStatusChange.class)
                .setParameter("id", id).getResultList();
    }

    /**
     * The titles of proposals by id, hidden and withdrawn ones included, in one query: for the administrators' audit
     * log, which names what each line is about.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Map<Long, String> titles(@NotNull Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.id, p.title FROM Proposal p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultStream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    /** The caller's own proposals, drafts and hidden ones included, the latest written first (My activity). */
    @RolesAllowed(Role.Names.CITIZEN)
    public List<ProposalRow> mine(int first, int pageSize) {
        return em.createQuery(ProposalStore.ROW_OF_ANY + " WHERE p.authorId = :me ORDER BY p.createdAt DESC, p.id DESC",
                        ProposalRow.class).setParameter("me", Callers.requireAccountId(session))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultList();
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public long countMine() {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.authorId = :me", Long.class)
                .setParameter("me", Callers.requireAccountId(session)).getSingleResult();
    }

    /** Titles and addresses of public, visible proposals, by id, in one query (a list of notifications, say). */
    public Map<Long, ProposalRow> rows(@NotNull Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(ProposalStore.ROW + " AND p.hiddenAt IS NULL AND p.id IN :ids", ProposalRow.class)
                .setParameter("draft", ProposalStatus.DRAFT).setParameter("ids", ids.stream().distinct().toList())
                .getResultStream().collect(Collectors.toMap(ProposalRow::id, r -> r));
    }

    /** As {@link #rows}, in the order of {@code ids}, with their authors' public names: where authors are credited. */
    public List<ProposalRow> rowsWithAuthors(@NotNull List<Long> ids) {
        Map<Long, ProposalRow> found = rows(ids);
        return withAuthors(ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList());
    }

    /** A page of public proposals, filtered and sorted in the database. */
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
        TypedQuery<ProposalRow> q = em.createQuery(ProposalStore.ROW + ProposalStore.filters(query) + order,
                ProposalRow.class);
        ProposalStore.bind(q, query);
        return withAuthors(q.setFirstResult(start).setMaxResults(size).getResultList());
    }

    /** How the public proposals are placed: on the map, with an address not found on it, in all (the dashboard). */
    public record PlaceFigures(long placed, long unmapped, long total) {
    }

    public PlaceFigures placeFigures() {
        Object[] row = em.createQuery("SELECT COUNT(p), SUM(CASE WHEN p.latitude IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN p.placeLabel IS NOT NULL AND p.latitude IS NULL THEN 1 ELSE 0 END) FROM Proposal p "
                + "WHERE " + PUBLIC, Object[].class).setParameter("draft", ProposalStatus.DRAFT).getSingleResult();
        return new PlaceFigures(row[1] == null ? 0 : ((Number) row[1]).longValue(),
                row[2] == null ? 0 : ((Number) row[2]).longValue(), ((Number) row[0]).longValue());
    }

    /** At most this many squares across the area asked for, whatever the zoom: a map's answer stays small. */
    private static final int MAX_CELLS_ACROSS = 48;

    /**
     * The pins of a filtered list in an area ({@code south}, {@code west}, {@code north}, {@code east}, WGS 84) at a
     * zoom level, grouped in the database by squares of about 60 screen pixels (or the area's 48th part, if larger), in
     * two statements: the groups, then the rows of the lone pins. Native SQL because the squares are computed columns
     * grouped on (a derived table, which both databases group alike); its filters are the list's.
     */
    public ProposalMap map(@NotNull ProposalQuery query, double south, double west, double north, double east,
                           int zoom) {
        double cell = Math.max(90.0 / Math.pow(2, Math.max(0, Math.min(zoom, 22))),
                Math.max(north - south, east - west) / MAX_CELLS_ACROSS);
        // A literal, not a parameter: the database must see the same expression wherever it is used
        String size = BigDecimal.valueOf(cell).toPlainString();
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("p.status <> 'DRAFT' AND p.hidden_at IS NULL AND p.latitude IS NOT NULL"
                + " AND p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?");
        parameters.addAll(List.of(south, north, west, east));
        if (query.envelopes() == null) {
            where.append(" AND p.envelope_id IS NULL");
        } else {
            where.append(" AND p.envelope_id IN (").append(String.join(",",
                    query.envelopes().stream().map(e -> "?").toList())).append(')');
            parameters.addAll(query.envelopes());
        }
        if (query.themeCode() != null) {
            where.append(" AND p.theme_id = (SELECT t.id FROM theme t WHERE t.code = ?)");
            parameters.add(query.themeCode());
        }
        if (ProposalQuery.WHOLE_TOWN.equals(query.districtCode())) {
            where.append(" AND p.district_id IS NULL");
        } else if (query.districtCode() != null) {
            where.append(" AND p.district_id = (SELECT d.id FROM district d WHERE d.code = ?)");
            parameters.add(query.districtCode());
        }
        if (query.status() != null) {
            where.append(" AND p.status = ?");
            parameters.add(query.status().name());
        }
        if (query.text() != null) {
            where.append(" AND (LOWER(p.title) LIKE ? ESCAPE '\\' OR LOWER(p.summary) LIKE ? ESCAPE '\\')");
            String like = ProposalStore.like(query.text());
            parameters.add(like);
            parameters.add(like);
        }
        Query groups = em.createNativeQuery("SELECT g.cy, g.cx, COUNT(*), AVG(g.latitude), "
                + "AVG(g.longitude), MIN(g.id) FROM (SELECT FLOOR(p.latitude / " + size + ") AS cy, FLOOR(p.longitude / "
                + size + ") AS cx, p.latitude, p.longitude, p.id FROM proposal p WHERE " + where + ") g "
                + "GROUP BY g.cy, g.cx");
        for (int i = 0; i < parameters.size(); i++) {
            groups.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = groups.getResultList();
        Map<Long, ProposalRow> lone = rows(found.stream().filter(r -> ((Number) r[2]).longValue() == 1)
                .map(r -> ((Number) r[5]).longValue()).toList());
        long total = 0;
        List<ProposalMap.Cell> cells = new ArrayList<>();
        for (Object[] r : found) {
            long count = ((Number) r[2]).longValue();
            total += count;
            cells.add(new ProposalMap.Cell(((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(), count,
                    count == 1 ? lone.get(((Number) r[5]).longValue()) : null));
        }
        return new ProposalMap(cells, total, cell);
    }

    /** The rows with their authors' names, read in one query for the page. */
    private List<ProposalRow> withAuthors(List<ProposalRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, AccountService.PublicProfile> authors = accounts.publicProfiles(
                rows.stream().map(ProposalRow::authorId).distinct().toList());
        return rows.stream().map(r -> r.withAuthorName(Optional.ofNullable(authors.get(r.authorId()))
                .map(AccountService.PublicProfile::displayName).orElse(null))).toList();
    }

    /**
     * Trending, in two queries: the page's ids ranked by the votes of the last 7 days (summed from votes' daily lines
     * in the database: the one place this feature reads another's table, to sort in SQL), then their rows.
     */
    private List<ProposalRow> trending(ProposalQuery query, int first, int size) {
        LocalDate since = LocalDate.ofInstant(clock.instant(), town.getZone()).minusDays(6);
        TypedQuery<Object[]> ranked = em.createQuery("SELECT p.id, SUM(COALESCE(v.votesFor + v.votesAgainst, 0)) AS recent "
                + "FROM Proposal p JOIN p.theme t LEFT JOIN p.district d "
                + "LEFT JOIN VoteDay v ON v.proposalId = p.id AND v.date >= :since "
                + "WHERE p.status <> :draft" + ProposalStore.filters(query)
                + " GROUP BY p.id, p.publishedAt ORDER BY recent DESC, p.publishedAt DESC, p.id DESC", Object[].class);
        ProposalStore.bind(ranked, query);
        List<Long> ids = ranked.setParameter("since", since).setFirstResult(first).setMaxResults(size).getResultList()
                .stream().map(r -> ((Number) r[0]).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProposalRow> rows = em.createQuery(ProposalStore.ROW + " AND p.id IN :ids", ProposalRow.class)
                .setParameter("draft", ProposalStatus.DRAFT).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ProposalRow::id, r -> r));
        return withAuthors(ids.stream().map(rows::get).filter(Objects::nonNull).toList());
    }

    public long count(@NotNull ProposalQuery query) {
        // Joined only when filtered on: the town's whole list is then counted from an index alone (V18).
        String joins = (query.themeCode() != null ? " JOIN p.theme t" : "")
                + (query.districtCode() != null ? " LEFT JOIN p.district d" : "");
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM Proposal p" + joins
                + " WHERE p.status <> :draft" + ProposalStore.filters(query), Long.class);
        ProposalStore.bind(q, query);
        return q.getSingleResult();
    }

    /** The newest published proposals that everyone sees, of one theme when {@code themeCode} is set (feeds). */
    public List<Proposal> newest(String themeCode, int max) {
        TypedQuery<Proposal> query = em.createQuery("SELECT p FROM Proposal p JOIN FETCH p.theme WHERE p.status <> :draft "
                        + "AND p.hiddenAt IS NULL AND p.publishedAt IS NOT NULL AND p.envelopeId IS NULL"
                        + (themeCode == null ? "" : " AND p.theme.code = :theme")
                        + " ORDER BY p.publishedAt DESC, p.id DESC", Proposal.class)
                .setParameter("draft", ProposalStatus.DRAFT);
        if (themeCode != null) {
            query.setParameter("theme", themeCode);
        }
        return query.setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    /**
     * The proposals everyone sees, by id, after {@code afterId}: one page of a keyset walk through all of them (the
     * sitemap), as small records, so that the thousandth page costs what the first does.
     */
    public List<PublicProposal> publicAfter(long afterId, int max) {
        return em.createQuery("SELECT NEW org.civitas.proposals.PublicProposal(p.id, p.slug, p.changedAt) "
                        + "FROM Proposal p WHERE " + PUBLIC + " AND p.id > :after ORDER BY p.id", PublicProposal.class)
                .setParameter("draft", ProposalStatus.DRAFT).setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(max, 5_000))).getResultList();
    }

    /** How many ideas, drafts included, were written for these envelopes of a participatory budget. */
    public long ideasIn(@NotNull Collection<Long> envelopeIds) {
        if (envelopeIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.envelopeId IN :e", Long.class)
                .setParameter("e", envelopeIds).getSingleResult();
    }

    /** How many proposals everyone sees. */
    public long publicCount() {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE " + PUBLIC, Long.class)
                .setParameter("draft", ProposalStatus.DRAFT).getSingleResult();
    }

    /**
     * The id of the proposal just before the given position (0 for the first) in the id order of those everyone
     * sees: where a walk from that position begins ({@link #publicAfter}).
     */
    public long publicIdBefore(long position) {
        if (position <= 0) {
            return 0;
        }
        return em.createQuery("SELECT p.id FROM Proposal p WHERE " + PUBLIC + " ORDER BY p.id", Long.class)
                .setParameter("draft", ProposalStatus.DRAFT)
                .setFirstResult((int) Math.min(position - 1, Integer.MAX_VALUE)).setMaxResults(1)
                .getResultStream().findFirst().orElse(Long.MAX_VALUE);
    }

    /** How many of an author's proposals are hidden for a cause (what blocking their account hid, say). */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public long countHiddenOf(long authorId, @NotNull HiddenCause cause) {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.authorId = :a AND p.hiddenCause = :c", Long.class)
                .setParameter("a", authorId).setParameter("c", cause).getSingleResult();
    }

    /** Proposals under review, longest waiting first, for the officials' queue. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public List<Proposal> underReview(int first, int pageSize) {
        return em.createQuery("SELECT p FROM Proposal p JOIN FETCH p.theme LEFT JOIN FETCH p.district "
                        + "WHERE p.status = :s AND p.hiddenAt IS NULL ORDER BY p.underReviewAt, p.id", Proposal.class)
                .setParameter("s", ProposalStatus.UNDER_REVIEW)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultList();
    }

    @RolesAllowed(Role.Names.OFFICIAL)
    public long underReviewCount() {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.status = :s AND p.hiddenAt IS NULL", Long.class)
                .setParameter("s", ProposalStatus.UNDER_REVIEW).getSingleResult();
    }

    /** The step of a proposal's history made last (an answer links to the step it made). */
    public long lastChangeId(long proposalId) {
        return em.createQuery("SELECT c.id FROM ProposalStatusChange c WHERE c.proposal.id = :id "
                        + "ORDER BY c.changedAt DESC, c.id DESC", Long.class)
                .setParameter("id", proposalId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(ProposalNotFoundException::new);
    }

    /**
     * A photo's bytes, large or thumbnail, if the caller may see its proposal and it is the proposal's current
     * photo; empty otherwise (the same answer as for a photo that never existed).
     */
    public Optional<byte[]> photo(long photoId, boolean thumbnail) {
        List<Long> owner = em.createQuery("SELECT p.proposalId FROM Photo p WHERE p.id = :id", Long.class)
                .setParameter("id", photoId).getResultList();
        if (owner.isEmpty() || find(owner.get(0)).filter(p -> Long.valueOf(photoId).equals(p.getPhotoId())).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("SELECT " + (thumbnail ? "p.thumbnail" : "p.large")
                + " FROM Photo p WHERE p.id = :id", byte[].class).setParameter("id", photoId).getSingleResult());
    }

    private boolean isVisibleToCaller(Proposal proposal) {
        if (Callers.accountId(session).filter(caller -> caller == proposal.getAuthorId()).isPresent()) {
            return true;
        }
        if (!proposal.getStatus().isPublic()) {
            return false;
        }
        return !proposal.isHidden()
                || session.isCallerInRole(Role.Names.MODERATOR) || session.isCallerInRole(Role.Names.ADMIN);
    }
}
