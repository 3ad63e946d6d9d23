package org.civitas.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Per-account limits against abuse, counted in the database so that every server agrees. A feature calls
 * {@link #record} inside its own transaction: the action counts only if the transaction commits, and past the
 * limit it fails with {@link RateLimitedException} (HTTP 429 with Retry-After; a message on the page, the form
 * kept). Two requests at the same instant may both pass the last place: a limit against abuse, not an exact quota.
 */
@Stateless
@PermitAll
public class RateLimiter {

    private static final Duration RETENTION = Duration.ofDays(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Counts one more {@code action} for the account, or refuses it when {@code max} were done within {@code window}. */
    public void record(long accountId, String action, int max, Duration window, String messageKey) {
        Instant now = clock.instant();
        List<Instant> recent = em.createQuery("SELECT a.doneAt FROM AccountAction a WHERE a.accountId = :account "
                        + "AND a.action = :action AND a.doneAt > :since ORDER BY a.doneAt", Instant.class)
                .setParameter("account", accountId).setParameter("action", action)
                .setParameter("since", now.minus(window))
                .setMaxResults(max)
                .getResultList();
        if (recent.size() >= max) {
            long retryAfter = Math.max(1, Duration.between(now, recent.get(0).plus(window)).toSeconds() + 1);
            throw new RateLimitedException(messageKey, max, retryAfter);
        }
        em.persist(new AccountAction(accountId, action, now));
    }

    @Schedule(hour = "*", minute = "43", persistent = false)
    public void purge() {
        em.createQuery("DELETE FROM AccountAction a WHERE a.doneAt < :before")
                .setParameter("before", clock.instant().minus(RETENTION)).executeUpdate();
    }
}
