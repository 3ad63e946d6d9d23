package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Per-account limits against abuse, counted in the database so that every server agrees. A feature calls
 * {@link #record} inside its own transaction (it must hold one: this plain bean joins it, the action counts only if
 * the transaction commits), and past the limit it fails with {@link RateLimitedException} (HTTP 429 with
 * Retry-After; a message on the page, the form kept). Two requests at the same instant may both pass the last place:
 * a limit against abuse, not an exact quota. Old actions are purged by {@link AccountActionPurge}.
 */
@ApplicationScoped
public class RateLimiter {

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
                // No setMaxResults: the window holds at most max actions (refused ones are not recorded), and a row
                // limit would make EclipseLink generate the query's SQL again at every call.
                .getResultList();
        if (recent.size() >= max) {
            long retryAfter = Math.max(1, Duration.between(now, recent.get(0).plus(window)).toSeconds() + 1);
            throw new RateLimitedException(messageKey, max, retryAfter);
        }
        em.persist(new AccountAction(accountId, action, now));
    }
}
