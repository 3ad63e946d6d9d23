package org.civitas.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/**
 * Test-only: a limit starts afresh for everyone (every test comes from 127.0.0.1), or is found already used. Only in
 * the tests' WAR.
 */
@Stateless
public class PlatformFixtures {

    @PersistenceContext
    private EntityManager em;

    public void forgetLimit(String name) {
        em.createQuery("DELETE FROM RateEvent e WHERE e.limitName = :n").setParameter("n", name).executeUpdate();
    }

    /** Counts {@code times} past uses of a limit for a subject, a minute ago and before: as if it had been used. */
    public void used(String name, String subject, int times) {
        Instant minuteAgo = Instant.now().minus(Duration.ofMinutes(1));
        for (int i = 0; i < times; i++) {
            em.persist(new RateEvent(name, subject, minuteAgo.minusSeconds(i)));
        }
    }
}
