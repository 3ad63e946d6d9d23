package org.civitas.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;

/** Deletes the times {@link RateLimiter} counted once they are two days old (no limit looks further back), hourly. */
@Stateless
@PermitAll
public class RateEventPurge {

    private static final Duration RETENTION = Duration.ofDays(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "43", persistent = false)
    public void purge() {
        em.createQuery("DELETE FROM RateEvent e WHERE e.happenedAt < :before")
                .setParameter("before", clock.instant().minus(RETENTION)).executeUpdate();
    }
}
