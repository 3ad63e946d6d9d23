package org.civitas.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;

/** Deletes the actions {@link RateLimiter} counted once they are two days old, every hour. */
@Stateless
@PermitAll
public class AccountActionPurge {

    private static final Duration RETENTION = Duration.ofDays(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "43", persistent = false)
    public void purge() {
        em.createQuery("DELETE FROM AccountAction a WHERE a.doneAt < :before")
                .setParameter("before", clock.instant().minus(RETENTION)).executeUpdate();
    }
}
