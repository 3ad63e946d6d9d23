package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one rate limiter: how often something may happen to a subject ({@link Limit}), counted in the database so that
 * every server agrees: what an account does (votes, comments, proposals, reports), what an address asks of open data,
 * failed sign-ins per email and per address. A plain bean that joins its caller's transaction (the caller must hold
 * one: a time counts only if it commits). Past the limit {@link #take} fails with {@link RateLimitedException} (HTTP
 * 429 with Retry-After; a message on the page, the form kept). Two requests at the same instant may both pass the last
 * place: a limit against abuse, not an exact quota. Old times are purged by {@link RateEventPurge}.
 */
@ApplicationScoped
public class RateLimiter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Counts one more time for the subject, or refuses it when the limit says so now. */
    public void take(Limit limit, String subject, String messageKey) {
        Instant now = clock.instant();
        Optional<Instant> until = limit.blockedUntil(times(limit, subject, now), now);
        if (until.isPresent()) {
            throw RateLimitedException.until(messageKey, limit.max(), now, until.get());
        }
        em.persist(new RateEvent(limit.name(), subject, now));
    }

    /** Until when the subject is refused, if it is now. */
    public Optional<Instant> blockedUntil(Limit limit, String subject) {
        Instant now = clock.instant();
        return limit.blockedUntil(times(limit, subject, now), now);
    }

    /** Counts one more time without asking (a failed sign-in is counted after the fact). */
    public void record(Limit limit, String subject) {
        em.persist(new RateEvent(limit.name(), subject, clock.instant()));
    }

    /** Forgets the subject's past times (a successful sign-in forgives its email's failures). */
    public void forgive(Limit limit, String subject) {
        em.createQuery("DELETE FROM RateEvent e WHERE e.limitName = :l AND e.subject = :s")
                .setParameter("l", limit.name()).setParameter("s", subject).executeUpdate();
    }

    private List<Instant> times(Limit limit, String subject, Instant now) {
        return em.createQuery("SELECT e.happenedAt FROM RateEvent e WHERE e.limitName = :l AND e.subject = :s "
                        + "AND e.happenedAt > :since ORDER BY e.happenedAt", Instant.class)
                .setParameter("l", limit.name()).setParameter("s", subject).setParameter("since", limit.horizon(now))
                // No setMaxResults: a sliding window holds at most max times (refused ones are not recorded), and a
                // row limit would make EclipseLink generate the query's SQL again at every call.
                .getResultList();
    }
}
