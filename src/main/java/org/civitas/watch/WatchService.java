package org.civitas.watch;

import jakarta.annotation.Resource;
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
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.SecretBox;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The watch, one transaction per action. Administrators set the sources (a token given is sealed at once and never
 * shown again; a blank one keeps the one sealed; a source removed takes its items with it). The communication team
 * (officials) reads the inbox, a page at a time in the database, and triages each item: seen, answered, ignored, back
 * to new; assigns it to one of them; or turns it into a proposal of theirs, whose text ends with the link to the
 * source, once. Every change is in the audit log (never a token).
 */
@Stateless
public class WatchService {

    static final int BODY_MAX = 10_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretBox secrets;

    @Inject
    private AccountService accounts;

    @Inject
    private ProposalService proposals;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** The sources, by name. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<WatchSource> sources() {
        return em.createQuery("SELECT s FROM WatchSource s ORDER BY LOWER(s.label), s.id", WatchSource.class)
                .getResultList();
    }

    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public WatchSource source(long id) {
        WatchSource source = em.find(WatchSource.class, id);
        if (source == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "watch.sourceNotFound");
        }
        return source;
    }

    /** Adds a source ({@code id} null) or changes one; its kind stays what it was. */
    @RolesAllowed(Role.Names.ADMIN)
    public WatchSource saveSource(Long id, @NotNull @Valid WatchSourceDraft draft) {
        if (draft.kind().needsQuery() && (draft.query() == null || draft.query().isBlank())) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "query", "watch.queryNeeded");
        }
        if (draft.kind() == WatchKind.MASTODON_TAG && !draft.query().strip().matches("#?[\\p{L}\\p{N}_]{1,100}")) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "query", "watch.tagInvalid");
        }
        boolean newToken = draft.token() != null && !draft.token().isBlank();
        if (newToken && !secrets.available()) {
            throw new BusinessException(BusinessException.Kind.UNAVAILABLE, "watch.noKey");
        }
        Instant now = clock.instant();
        WatchSource source;
        if (id == null) {
            source = new WatchSource(draft.kind(), now);
        } else {
            source = em.find(WatchSource.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (source == null) {
                throw new BusinessException(BusinessException.Kind.NOT_FOUND, "watch.sourceNotFound");
            }
            if (source.getKind() != draft.kind()) {
                throw BusinessException.ofField(BusinessException.Kind.INVALID, "kind", "watch.kindFixed");
            }
        }
        source.change(draft, now);
        if (newToken) {
            source.token(secrets.seal(draft.token().strip()));
        }
        if (id == null) {
            em.persist(source);
            em.flush();
        }
        audit.record(id == null ? "WATCH_SOURCE_CREATED" : "WATCH_SOURCE_CHANGED", "WATCH_SOURCE", source.getId(),
                source.getKind() + " " + source.getLabel() + (newToken ? ", new token" : ""));
        return source;
    }

    /** Forgets the token of a source (a search that no longer needs one). */
    @RolesAllowed(Role.Names.ADMIN)
    public WatchSource forgetToken(long id) {
        WatchSource source = em.find(WatchSource.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "watch.sourceNotFound");
        }
        source.token(null);
        source.rewritten();
        audit.record("WATCH_SOURCE_CHANGED", "WATCH_SOURCE", id, source.getLabel() + ", token forgotten");
        return source;
    }

    /** Removes a source and the items it brought; returns how many items went with it. */
    @RolesAllowed(Role.Names.ADMIN)
    public int removeSource(long id) {
        WatchSource source = em.find(WatchSource.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "watch.sourceNotFound");
        }
        int items = em.createQuery("DELETE FROM WatchItem i WHERE i.sourceId = :s").setParameter("s", id)
                .executeUpdate();
        em.remove(source);
        audit.record("WATCH_SOURCE_REMOVED", "WATCH_SOURCE", id, source.getLabel() + ", " + items + " items");
        return items;
    }

    /** A page of the inbox, newest first. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<WatchItem> items(@NotNull WatchFilter filter, int first, int size) {
        TypedQuery<WatchItem> query = em.createQuery("SELECT i FROM WatchItem i" + where(filter)
                + " ORDER BY i.publishedAt DESC, i.id DESC", WatchItem.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList();
    }

    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public long count(@NotNull WatchFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i) FROM WatchItem i" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(WatchFilter filter) {
        return " WHERE i.state IN :states" + (filter.sourceId() == null ? "" : " AND i.sourceId = :source")
                + switch (filter.assigned()) {
                    case MINE -> " AND i.assigneeId = :me";
                    case NONE -> " AND i.assigneeId IS NULL";
                    case ANYONE -> "";
                };
    }

    private void bind(TypedQuery<?> query, WatchFilter filter) {
        query.setParameter("states", List.copyOf(filter.states()));
        if (filter.sourceId() != null) {
            query.setParameter("source", filter.sourceId());
        }
        if (filter.assigned() == WatchFilter.Assigned.MINE) {
            query.setParameter("me", Callers.accountId(session).orElse(-1L));
        }
    }

    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public WatchItem item(long id) {
        WatchItem item = em.find(WatchItem.class, id);
        if (item == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "watch.itemNotFound");
        }
        return item;
    }

    /** The item, if there is one (for pages that answer 404 themselves). */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Optional<WatchItem> find(long id) {
        return Optional.ofNullable(em.find(WatchItem.class, id));
    }

    /** Sets an item's state by hand (not "turned into a proposal", which only the proposal sets). */
    @RolesAllowed(Role.Names.OFFICIAL)
    public WatchItem triage(long id, @NotNull TriageState state) {
        if (!state.settable()) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "state", "watch.stateNotSettable");
        }
        WatchItem item = locked(id);
        if (item.getState() == TriageState.PROPOSAL) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "watch.alreadyProposal");
        }
        if (item.getState() != state) {
            item.triage(state, Callers.requireAccountId(session), clock.instant());
            audit.record("WATCH_ITEM_TRIAGED", "WATCH_ITEM", id, state.name());
        }
        return item;
    }

    /** Gives an item to an official ({@code accountId}), or to nobody (null). */
    @RolesAllowed(Role.Names.OFFICIAL)
    public WatchItem assign(long id, Long accountId) {
        if (accountId != null && accounts.holders(Role.OFFICIAL).stream().noneMatch(h -> h.id() == accountId)) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "assignee", "watch.assigneeUnknown");
        }
        WatchItem item = locked(id);
        if (!Objects.equals(item.getAssigneeId(), accountId)) {
            item.assign(accountId, Callers.requireAccountId(session), clock.instant());
            audit.record("WATCH_ITEM_ASSIGNED", "WATCH_ITEM", id, accountId == null ? "nobody" : "account " + accountId);
        }
        return item;
    }

    /**
     * Turns an item into a draft proposal of the caller's (the proposals' own limits apply), whose text ends with the
     * link to the source; an item becomes a proposal once. Returns the proposal's id.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public long turnIntoProposal(long id, @NotNull ProposalDraft draft) {
        WatchItem item = locked(id);
        if (item.getProposalId() != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "watch.alreadyProposal");
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (!body.contains(item.getUrl())) {
            String source = "\n\n" + item.getUrl();
            body = (body.length() + source.length() > BODY_MAX ? body.substring(0, BODY_MAX - source.length()) : body)
                    + source;
        }
        Proposal proposal = proposals.createDraft(new ProposalDraft(draft.title(), draft.summary(), body,
                draft.themeCode(), draft.districtCode()));
        em.flush();
        long proposalId = proposal.getId();
        item.becameProposal(proposalId, Callers.requireAccountId(session), clock.instant());
        audit.record("WATCH_ITEM_PROPOSAL", "WATCH_ITEM", id, "proposal " + proposalId);
        return proposalId;
    }

    private WatchItem locked(long id) {
        WatchItem item = em.find(WatchItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "watch.itemNotFound");
        }
        return item;
    }

    /** The dashboard's figures: items by state (by its name), items found in the last 7 days, sources in use and failing. */
    public record Figures(Map<String, Long> byState, long lastWeek, long sources, long failing) {
    }

    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Figures figures() {
        Map<String, Long> byState = new LinkedHashMap<>();
        for (TriageState s : TriageState.values()) {
            byState.put(s.name(), 0L);
        }
        em.createQuery("SELECT i.state, COUNT(i) FROM WatchItem i GROUP BY i.state", Object[].class).getResultList()
                .forEach(r -> byState.put(((TriageState) r[0]).name(), ((Number) r[1]).longValue()));
        long lastWeek = em.createQuery("SELECT COUNT(i) FROM WatchItem i WHERE i.foundAt >= :since", Long.class)
                .setParameter("since", clock.instant().minus(Duration.ofDays(7))).getSingleResult();
        long sources = em.createQuery("SELECT COUNT(s) FROM WatchSource s WHERE s.active = TRUE", Long.class)
                .getSingleResult();
        long failing = em.createQuery("SELECT COUNT(s) FROM WatchSource s WHERE s.active = TRUE AND s.failures > 0",
                Long.class).getSingleResult();
        return new Figures(byState, lastWeek, sources, failing);
    }
}
