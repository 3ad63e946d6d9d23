package org.civitas.funding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * The yearly counters receipts are numbered from, one row per year: a receipt takes the next number by updating the
 * row (which locks it until its transaction ends: numbers without gaps, one at a time). The first receipt of a year
 * creates the row in a transaction of its own, so that two first receipts at once (on New Year's night) do not fail:
 * one creates it, the other finds it.
 */
@Stateless
@PermitAll
public class ReceiptCounters {

    /** The two series: payments' receipts and yearly tax receipts. */
    public enum Series {
        PAYMENT("funding_receipt_counter", "receipt_year"), TAX("funding_tax_counter", "tax_year");

        private final String table;
        private final String key;

        Series(String table, String key) {
            this.table = table;
            this.key = key;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The next number of a year's series, in the caller's transaction (its row stays locked until it ends). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long next(Series series, int year) {
        if (update(series, year) == 0) {
            try {
                context.getBusinessObject(ReceiptCounters.class).create(series, year);
            } catch (EJBException | PersistenceException e) {
                // created meanwhile by another first receipt of the year
            }
            if (update(series, year) == 0) {
                throw new IllegalStateException("No counter row for " + series + " " + year);
            }
        }
        return ((Number) em.createNativeQuery("SELECT last_number FROM " + series.table + " WHERE " + series.key
                + " = ?").setParameter(1, year).getSingleResult()).longValue();
    }

    /** Creates a year's row at 0, committed at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(Series series, int year) {
        em.createNativeQuery("INSERT INTO " + series.table + " (" + series.key + ", last_number) VALUES (?, 0)")
                .setParameter(1, year).executeUpdate();
    }

    private int update(Series series, int year) {
        return em.createNativeQuery("UPDATE " + series.table + " SET last_number = last_number + 1 WHERE "
                + series.key + " = ?").setParameter(1, year).executeUpdate();
    }
}
