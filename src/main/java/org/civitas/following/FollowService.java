package org.civitas.following;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.budgets.BudgetService;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.TaxonomyTerm;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Following and unfollowing, for the signed-in caller. Following twice, or unfollowing what one does not follow,
 * changes nothing (a double click, a retried request): the caller's account row is locked first, so two requests at
 * once end as one row. Only what the caller may see can be followed: a public proposal, a theme or district in use,
 * another account that can still be reached, a public participatory budget.
 */
@Stateless
public class FollowService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalReader proposals;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private AccountService accounts;

    @Inject
    private BudgetService budgets;

    @Inject
    private RateLimiter limits;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** How many things one account may follow at most (a person follows tens; a script filling the table is refused). */
    @Inject
    @ConfigProperty(name = "civitas.follow.max", defaultValue = "500")
    private int maxFollows;

    /** Follows and unfollows of one account in a minute. */
    @Inject
    @ConfigProperty(name = "civitas.limit.follows-per-minute", defaultValue = "60")
    private int followsPerMinute;

    /** The caller follows a thing (from now on, if not already). */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void follow(@NotNull FollowKind kind, long targetId) {
        long caller = Callers.requireAccountId(session);
        requireFollowable(caller, kind, targetId);
        lock(caller);
        if (find(em, caller, kind, targetId).isPresent()) {
            return;
        }
        if (countOf(caller) >= maxFollows) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "follow.tooMany", maxFollows);
        }
        limits.take(Limit.of("follow", followsPerMinute, Duration.ofMinutes(1)), Long.toString(caller), "limit.follows");
        em.persist(new Follow(caller, kind, targetId, clock.instant()));
    }

    /** The caller stops following a thing (whatever became of it). */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void unfollow(@NotNull FollowKind kind, long targetId) {
        long caller = Callers.requireAccountId(session);
        lock(caller);
        Optional<Follow> follow = find(em, caller, kind, targetId);
        if (follow.isPresent()) {
            limits.take(Limit.of("follow", followsPerMinute, Duration.ofMinutes(1)), Long.toString(caller),
                    "limit.follows");
            em.remove(follow.get());
        }
    }

    /**
     * The id of the thing an address names: a proposal's or an account's id, a theme's or a district's code (as the
     * lists and the API name them).
     */
    @PermitAll
    public long targetId(@NotNull FollowKind kind, String key) {
        if (key == null || key.isBlank() || key.length() > 40) {
            throw new FollowTargetNotFoundException();
        }
        return switch (kind) {
            case THEME, DISTRICT -> terms(taxonomy, kind).stream().filter(t -> t.getCode().equals(key)).findFirst()
                    .map(TaxonomyTerm::getId).orElseThrow(FollowTargetNotFoundException::new);
            case PROPOSAL, PERSON, BUDGET -> {
                try {
                    yield Long.parseLong(key);
                } catch (NumberFormatException e) {
                    throw new FollowTargetNotFoundException();
                }
            }
        };
    }

    /** Whether the caller follows a thing; false for a visitor. */
    @PermitAll
    public boolean follows(@NotNull FollowKind kind, long targetId) {
        return Callers.accountId(session).map(caller -> find(em, caller, kind, targetId).isPresent()).orElse(false);
    }

    /**
     * The ids of everything of {@code kind} the caller follows (at most {@code civitas.follow.max}), in one query;
     * empty for a visitor. What a page with many follow buttons asks once.
     */
    @PermitAll
    public Set<Long> followedOf(@NotNull FollowKind kind) {
        return Callers.accountId(session).map(caller -> Set.copyOf(em.createQuery(
                        "SELECT f.targetId FROM Follow f WHERE f.accountId = :a AND f.kind = :k", Long.class)
                .setParameter("a", caller).setParameter("k", kind).getResultList())).orElse(Set.of());
    }

    /** How many accounts follow a thing. */
    @PermitAll
    public long followers(@NotNull FollowKind kind, long targetId) {
        return em.createQuery("SELECT COUNT(f) FROM Follow f WHERE f.kind = :k AND f.targetId = :t", Long.class)
                .setParameter("k", kind).setParameter("t", targetId).getSingleResult();
    }

    /**
     * How many accounts follow something, and how many follows there are of each kind: for the officials' dashboard,
     * figures of the whole town that name nobody.
     */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Map<FollowKind, Long> countsByKind() {
        Map<FollowKind, Long> counts = new EnumMap<>(FollowKind.class);
        for (FollowKind kind : FollowKind.values()) {
            counts.put(kind, 0L);
        }
        for (Object[] row : em.createQuery("SELECT f.kind, COUNT(f) FROM Follow f GROUP BY f.kind", Object[].class)
                .getResultList()) {
            counts.put((FollowKind) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** How many accounts follow at least one thing. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public long countFollowers() {
        return em.createQuery("SELECT COUNT(DISTINCT f.accountId) FROM Follow f", Long.class).getSingleResult();
    }


    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public long countMine() {
        return countOf(Callers.requireAccountId(session));
    }

    /** What the caller follows, the latest first, with each thing's name in {@code locale}. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<FollowRow> mine(int first, int pageSize, @NotNull Locale locale) {
        List<Follow> page = em.createQuery("SELECT f FROM Follow f WHERE f.accountId = :a ORDER BY f.createdAt DESC, "
                        + "f.id DESC", Follow.class)
                .setParameter("a", Callers.requireAccountId(session))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultList();
        Map<FollowKind, List<Long>> ids = new EnumMap<>(FollowKind.class);
        page.forEach(f -> ids.computeIfAbsent(f.getKind(), k -> new ArrayList<>()).add(f.getTargetId()));
        Map<Long, ProposalRow> titles = proposals.rows(ids.getOrDefault(FollowKind.PROPOSAL, List.of()));
        Map<Long, AccountService.PublicProfile> people = reachable(ids.getOrDefault(FollowKind.PERSON, List.of()));
        Map<Long, String> budgetTitles = budgets.publicTitles(ids.getOrDefault(FollowKind.BUDGET, List.of()));
        Map<FollowKind, Map<Long, TaxonomyTerm>> terms = new EnumMap<>(FollowKind.class);
        List<FollowRow> rows = new ArrayList<>(page.size());
        for (Follow f : page) {
            long id = f.getTargetId();
            TaxonomyTerm term = switch (f.getKind()) {
                case THEME, DISTRICT -> terms.computeIfAbsent(f.getKind(), k -> terms(taxonomy, k).stream()
                        .collect(Collectors.toMap(TaxonomyTerm::getId, t -> t))).get(id);
                case PROPOSAL, PERSON, BUDGET -> null;
            };
            String name = switch (f.getKind()) {
                case PROPOSAL -> titles.containsKey(id) ? titles.get(id).title() : null;
                case THEME, DISTRICT -> term == null ? null : term.name(locale);
                case PERSON -> people.containsKey(id) ? people.get(id).displayName() : null;
                case BUDGET -> budgetTitles.get(id);
            };
            rows.add(new FollowRow(f.getKind(), id, name, term == null ? null : term.getCode(), f.getCreatedAt()));
        }
        return rows;
    }

    private void requireFollowable(long caller, FollowKind kind, long targetId) {
        boolean followable = switch (kind) {
            case PROPOSAL -> proposals.openToAll(targetId).isPresent();
            case THEME, DISTRICT -> terms(taxonomy, kind).stream().anyMatch(t -> t.getId() == targetId);
            case PERSON -> targetId != caller && reachable(List.of(targetId)).containsKey(targetId);
            case BUDGET -> budgets.publicTitles(List.of(targetId)).containsKey(targetId);
        };
        if (!followable) {
            throw new FollowTargetNotFoundException();
        }
    }

    /** Public profiles of the accounts among {@code ids} that can still be reached (neither deleted nor blocked). */
    private Map<Long, AccountService.PublicProfile> reachable(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> open = em.createQuery("SELECT a.id FROM Account a WHERE a.id IN :ids AND a.deletedAt IS NULL "
                        + "AND a.blockedAt IS NULL", Long.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toSet());
        return accounts.publicProfiles(open);
    }

    /** Holds the caller's account row until the end of the transaction: one change of their follows at a time. */
    private void lock(long caller) {
        em.find(Account.class, caller, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An account's follow of one thing, if it follows it (the author's own, on publishing, asks it too). */
    static Optional<Follow> find(EntityManager em, long account, FollowKind kind, long targetId) {
        return em.createQuery("SELECT f FROM Follow f WHERE f.accountId = :a AND f.kind = :k AND f.targetId = :t",
                        Follow.class).setParameter("a", account).setParameter("k", kind).setParameter("t", targetId)
                .getResultStream().findFirst();
    }

    /** The themes or the districts in use: what a follow of {@code kind} (THEME or DISTRICT) may name. */
    static List<? extends TaxonomyTerm> terms(TaxonomyService taxonomy, FollowKind kind) {
        return switch (kind) {
            case THEME -> taxonomy.themes();
            case DISTRICT -> taxonomy.districts();
            case PROPOSAL, PERSON, BUDGET -> throw new IllegalArgumentException(kind + " is not a list's term");
        };
    }

    private long countOf(long caller) {
        return em.createQuery("SELECT COUNT(f) FROM Follow f WHERE f.accountId = :a", Long.class)
                .setParameter("a", caller).getSingleResult();
    }
}
