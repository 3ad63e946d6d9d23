package org.civitas.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountDeleted;

/**
 * What an account's deletion changes in citizen funding, in its transaction: its pledges stay counted (the money was
 * given) but lose their backer's name and link; its offers of help lose their note and show no name; its tax receipts
 * stay as the town's copy (the tax code asks the town to keep them) but lose their link to the account.
 */
@ApplicationScoped
class FundingReactions {

    @PersistenceContext
    private EntityManager em;

    void accountDeleted(@Observes AccountDeleted event) {
        em.createQuery("UPDATE Pledge p SET p.accountId = NULL, p.backerName = :gone, p.anonymous = TRUE,"
                        + " p.version = p.version + 1 WHERE p.accountId = :a")
                .setParameter("gone", "—").setParameter("a", event.accountId()).executeUpdate();
        em.createQuery("UPDATE Offer o SET o.note = NULL, o.anonymous = TRUE WHERE o.accountId = :a")
                .setParameter("a", event.accountId()).executeUpdate();
        em.createQuery("UPDATE TaxReceipt t SET t.accountId = NULL WHERE t.accountId = :a")
                .setParameter("a", event.accountId()).executeUpdate();
    }
}
