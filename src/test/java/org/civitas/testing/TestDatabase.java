package org.civitas.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/** Lets in-container tests count rows directly, to check what services leave behind. */
@Stateless
public class TestDatabase {

    @PersistenceContext
    private EntityManager em;

    public long count(String jpql, Map<String, Object> parameters) {
        var query = em.createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
