package org.civitas.contests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountBlocked;
import org.civitas.accounts.AccountDeleted;

import java.time.Clock;
import java.util.List;

/**
 * What other features' events change in the contests, in their transaction. A blocked account's photos leave every
 * public place (rejected, "account blocked": a moderator may approve one again). A deleted account's photos are
 * forgotten (pixels and words; the rows stay, rejected, so that open data withdraws them), its votes stay counted
 * without the account, and a juror's scores stay.
 */
@ApplicationScoped
class ContestReactions {

    static final String BLOCKED = "account blocked";
    static final String DELETED = "account deleted";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ContestPhotoDecided> decided;

    void authorBlocked(@Observes AccountBlocked event) {
        em.createQuery("SELECT p FROM ContestPhoto p WHERE p.accountId = :a AND p.status IN :open", ContestPhoto.class)
                .setParameter("a", event.accountId())
                .setParameter("open", List.of(PhotoStatus.PENDING, PhotoStatus.APPROVED))
                .getResultList().forEach(p -> {
                    p.decide(false, BLOCKED, null, 0, clock.instant());
                    decided.fire(new ContestPhotoDecided(p.getId()));
                });
    }

    void accountDeleted(@Observes AccountDeleted event) {
        em.createQuery("SELECT p FROM ContestPhoto p WHERE p.accountId = :a", ContestPhoto.class)
                .setParameter("a", event.accountId()).getResultList().forEach(p -> {
                    p.erased(clock.instant());
                    decided.fire(new ContestPhotoDecided(p.getId()));
                });
        em.createQuery("UPDATE ContestVote v SET v.accountId = NULL, v.slot = NULL WHERE v.accountId = :a")
                .setParameter("a", event.accountId()).executeUpdate();
    }
}
