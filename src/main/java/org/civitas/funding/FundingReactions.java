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
        // Entity by entity (a person has a few): a boolean set by a bulk update is written as 1 on Derby, which refuses it
        em.createQuery("SELECT p FROM Pledge p WHERE p.accountId = :a", Pledge.class)
                .setParameter("a", event.accountId()).getResultList().forEach(Pledge::forgetBacker);
        em.createQuery("SELECT o FROM Offer o WHERE o.accountId = :a", Offer.class)
                .setParameter("a", event.accountId()).getResultList().forEach(Offer::forgetNote);
        em.createQuery("UPDATE TaxReceipt t SET t.accountId = NULL WHERE t.accountId = :a")
                .setParameter("a", event.accountId()).executeUpdate();
    }
}
