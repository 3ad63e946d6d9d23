package org.civitas.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountDeleted;

/** What other features' events change in the watch, in their transaction: a deleted account's items go back to nobody. */
@ApplicationScoped
class WatchReactions {

    @PersistenceContext
    private EntityManager em;

    void accountDeleted(@Observes AccountDeleted event) {
        em.createQuery("UPDATE WatchItem i SET i.assigneeId = NULL WHERE i.assigneeId = :a")
                .setParameter("a", event.accountId()).executeUpdate();
        em.createQuery("UPDATE WatchItem i SET i.triagedBy = NULL WHERE i.triagedBy = :a")
                .setParameter("a", event.accountId()).executeUpdate();
    }
}
