package org.civitas.guestbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountBlocked;
import org.civitas.accounts.AccountDeleted;

import java.time.Clock;
import java.util.List;

/**
 * What other features' events change in the guest book, in their transaction. A blocked account's messages leave the
 * wall (rejected, "account blocked": a moderator may publish one again); a deleted account's are written again, so
 * that open data's change feed brings them with the name "anonymous".
 */
@ApplicationScoped
class GuestbookReactions {

    /** The reason a blocked account's messages carry (the audit log holds the block itself). */
    static final String BLOCKED = "account blocked";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    void authorBlocked(@Observes AccountBlocked event) {
        em.createQuery("SELECT m FROM GuestbookMessage m WHERE m.accountId = :a AND m.status IN :open",
                        GuestbookMessage.class).setParameter("a", event.accountId())
                .setParameter("open", List.of(MessageStatus.PENDING, MessageStatus.PUBLISHED))
                .getResultList().forEach(m -> m.decide(false, BLOCKED, null, clock.instant()));
    }

    void authorDeleted(@Observes AccountDeleted event) {
        em.createQuery("SELECT m FROM GuestbookMessage m WHERE m.accountId = :a", GuestbookMessage.class)
                .setParameter("a", event.accountId()).getResultList().forEach(GuestbookMessage::rewritten);
    }
}
