package org.civitas.watch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.BusinessException;
import org.civitas.platform.SecretBox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The poller's short transactions (never reached from the web: {@link WatchPoller} alone calls it): which sources are
 * due, a source as its adapter polls it, and what a poll brought or why it failed. An item is kept once: not when its
 * source already has its id, nor when any source has its address (its {@link ItemAddress#key}), nor twice in one
 * answer; the unique constraints stand behind these checks.
 */
@Stateless
@PermitAll
public class WatchStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretBox secrets;

    /** The sources in use whose next poll has come, the longest waiting first. */
    public List<Long> due(int max) {
        return em.createQuery("SELECT s.id FROM WatchSource s WHERE s.active = TRUE AND s.nextPollAt <= :now"
                        + " ORDER BY s.nextPollAt, s.id", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(Math.max(1, max)).getResultList();
    }

    /**
     * Takes a due source for this server's timer: under the source's row lock, one still due is put off by
     * {@code lease} (the poll sets its real next time), so that another server's timer does not poll it too.
     */
    public boolean claim(long id, Duration lease) {
        WatchSource source = em.find(WatchSource.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (source == null || !source.isActive() || source.getNextPollAt().isAfter(now)) {
            return false;
        }
        source.leased(now.plus(lease));
        return true;
    }

    /** The source as its adapter polls it; a token that cannot be opened (the server's key changed) is an error. */
    public SourceSpec spec(long id) {
        WatchSource s = em.find(WatchSource.class, id);
        if (s == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "watch.sourceNotFound");
        }
        String token = null;
        if (s.getTokenSealed() != null) {
            token = secrets.open(s.getTokenSealed()).orElseThrow(() -> new BusinessException(
                    BusinessException.Kind.UNAVAILABLE, "watch.tokenUnreadable"));
        }
        return new SourceSpec(s.getId(), s.getKind(), s.getBaseUrl(), s.getQuery(), token, s.getCursor(), s.getEtag(),
                s.getLastModified());
    }

    /** Keeps what is new in {@code harvest} and notes the poll; returns how many items were kept. */
    public int stored(long sourceId, Harvest harvest) {
        WatchSource source = em.find(WatchSource.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            return 0;
        }
        Instant now = clock.instant();
        Keywords keywords = Keywords.of(source.getKeywords());
        List<Found> kept = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (Found found : harvest.found()) {
            Optional<String> url = ItemAddress.usable(found.url());
            if (url.isEmpty() || found.externalId() == null || found.externalId().isBlank()
                    || found.body() == null || found.body().isBlank() && found.title() == null
                    || !keywords.keeps(found)) {
                continue;
            }
            String key = ItemAddress.key(url.get());
            if (keys.containsKey(key)) {
                continue;
            }
            keys.put(key, url.get());
            kept.add(new Found(found.externalId().strip(), url.get(), found.author(), found.authorUrl(), found.title(),
                    found.body(), found.publishedAt()));
        }
        int stored = 0;
        if (!kept.isEmpty()) {
            Set<String> knownKeys = new HashSet<>(em.createQuery(
                            "SELECT i.urlKey FROM WatchItem i WHERE i.urlKey IN :keys", String.class)
                    .setParameter("keys", List.copyOf(keys.keySet())).getResultList());
            Set<String> knownIds = new HashSet<>(em.createQuery("SELECT i.externalId FROM WatchItem i"
                            + " WHERE i.sourceId = :s AND i.externalId IN :ids", String.class)
                    .setParameter("s", sourceId)
                    .setParameter("ids", kept.stream().map(f -> WatchItem.cut(f.externalId(), 300)).toList())
                    .getResultList());
            Map<String, Found> byKey = kept.stream().collect(Collectors.toMap(f -> ItemAddress.key(f.url()),
                    Function.identity(), (a, b) -> a));
            for (Map.Entry<String, Found> e : byKey.entrySet()) {
                if (knownKeys.contains(e.getKey()) || knownIds.contains(WatchItem.cut(e.getValue().externalId(), 300))) {
                    continue;
                }
                em.persist(new WatchItem(sourceId, e.getValue(), e.getKey(), now));
                stored++;
            }
        }
        source.polled(harvest, stored, now);
        return stored;
    }

    /** Notes a failed poll: the source waits longer (see {@link WatchSource#failed}). */
    public void failed(long sourceId, PollFailure failure) {
        WatchSource source = em.find(WatchSource.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
        if (source != null) {
            source.failed(failure.getMessage() == null ? "Failed" : failure.getMessage(), failure.retryAfter(),
                    clock.instant());
        }
    }
}
