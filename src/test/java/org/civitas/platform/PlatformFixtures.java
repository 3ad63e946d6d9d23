package org.civitas.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: a limit starts afresh for everyone (every test comes from 127.0.0.1). Only in the tests' WAR. */
@Stateless
public class PlatformFixtures {

    @PersistenceContext
    private EntityManager em;

    public void forgetLimit(String name) {
        em.createQuery("DELETE FROM RateEvent e WHERE e.limitName = :n").setParameter("n", name).executeUpdate();
    }
}
