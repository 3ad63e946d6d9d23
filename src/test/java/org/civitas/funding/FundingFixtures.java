package org.civitas.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only: a campaign's closing day moved to yesterday, a pledge paid last year, and what became of its pledges and
 * rewards.
 */
@Stateless
public class FundingFixtures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingStore store;

    public void closedYesterday(long campaignId) {
        em.createQuery("UPDATE Campaign c SET c.closesOn = :day WHERE c.id = :id")
                .setParameter("day", store.today().minusDays(1)).setParameter("id", campaignId).executeUpdate();
    }

    /** A pledge paid last year (its receipt's year), for the yearly tax receipt. */
    public void paidLastYear(String key) {
        em.createQuery("UPDATE Pledge p SET p.receiptYear = :y WHERE p.publicKey = :k")
                .setParameter("y", store.today().getYear() - 1).setParameter("k", key).executeUpdate();
    }

    public List<Map<String, Object>> pledges(long campaignId) {
        return em.createQuery("SELECT p FROM Pledge p WHERE p.campaignId = :c ORDER BY p.id", Pledge.class)
                .setParameter("c", campaignId).getResultList().stream().map(p -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("key", p.getPublicKey());
                    row.put("state", p.getState().name());
                    row.put("counted", p.isCounted());
                    row.put("amountCents", p.getAmountCents());
                    row.put("paymentId", p.getPaymentId() == null ? "" : p.getPaymentId());
                    row.put("receipt", p.getReceiptNumber() == null ? -1 : p.getReceiptNumber());
                    return row;
                }).toList();
    }
}
