package org.civitas.platform.outbox;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.BusinessException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one outbox: what every kind of {@link OutboxItem} goes through between its request and its delivery. Each step
 * is a short transaction of its own: find what is due, claim one item (its row locked and marked SENDING, so that two
 * servers never take it together), then, after the courier's attempt outside any transaction, record the outcome
 * (SENT, or a failure tried again after 1, 2, 4... times the courier's base wait, or DEAD). A dead item is sent again
 * by hand ({@link #retry}).
 */
@Stateless
@PermitAll
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** An item taken for one attempt; {@code interrupted} when an earlier attempt never recorded its outcome. */
    public record Claim<T extends OutboxItem>(T item, boolean interrupted) {
    }

    /** Ids of a courier's due items, oldest due first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Courier<?> courier, int max) {
        Instant now = clock.instant();
        return em.createQuery("SELECT o.id FROM " + entity(courier.kind()) + " o WHERE (o.state = :pending "
                        + "AND o.nextAttemptAt <= :now) OR (o.state = :sending AND o.claimedAt < :stale) "
                        + "ORDER BY o.nextAttemptAt, o.id", Long.class)
                .setParameter("pending", OutboxItem.State.PENDING).setParameter("sending", OutboxItem.State.SENDING)
                .setParameter("now", now).setParameter("stale", now.minus(courier.staleAfter()))
                .setMaxResults(max).getResultList();
    }

    /** Takes an item for one attempt, if it is still due (another server may have taken it meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T extends OutboxItem> Optional<Claim<T>> claim(Courier<T> courier, long id) {
        T item = em.find(courier.kind(), id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (item == null || !item.isDue(now, now.minus(courier.staleAfter()))) {
            return Optional.empty();
        }
        boolean interrupted = item.getState() == OutboxItem.State.SENDING;
        item.claim(now);
        return Optional.of(new Claim<>(item, interrupted));
    }

    /** Records a delivery, if the item is still the one claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(Courier<?> courier, long id, Receipt receipt) {
        OutboxItem item = em.find(courier.kind(), id, LockModeType.PESSIMISTIC_WRITE);
        if (item != null && item.getState() == OutboxItem.State.SENDING) {
            item.delivered(clock.instant(), receipt);
        }
    }

    /** Records a failed attempt: tried again later with a doubling wait, or DEAD when refused or tried too often. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Courier<?> courier, long id, DeliveryFailure failure) {
        OutboxItem item = em.find(courier.kind(), id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.getState() != OutboxItem.State.SENDING) {
            return;
        }
        Instant next = null;
        if (failure.retryable() && item.getAttempts() < courier.maxAttempts()) {
            Duration wait = courier.retryBase().multipliedBy(1L << Math.min(20, item.getAttempts() - 1));
            next = clock.instant().plus(wait.compareTo(courier.longestWait()) > 0 ? courier.longestWait() : wait);
        }
        item.failed(failure.status(), failure.getMessage(), next);
    }

    /**
     * Sends a dead item again, with a fresh count of attempts, in the caller's transaction (whose method says who may:
     * an administrator). Only a dead item can be.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public <T extends OutboxItem> T retry(Class<T> kind, long id) {
        T item = em.find(kind, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "outbox.notFound");
        }
        if (item.getState() != OutboxItem.State.DEAD) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "outbox.notDead");
        }
        item.retry(clock.instant());
        return item;
    }

    /** How many items of a kind wait (pending or being sent), and how many died. */
    public record Counts(long waiting, long dead) {
    }

    /** How many items of a kind wait and how many died: for the operators. */
    public Counts counts(Class<? extends OutboxItem> kind) {
        String entity = entity(kind);
        long waiting = em.createQuery("SELECT COUNT(o) FROM " + entity + " o WHERE o.state IN :waiting", Long.class)
                .setParameter("waiting", List.of(OutboxItem.State.PENDING, OutboxItem.State.SENDING)).getSingleResult();
        long dead = em.createQuery("SELECT COUNT(o) FROM " + entity + " o WHERE o.state = :dead", Long.class)
                .setParameter("dead", OutboxItem.State.DEAD).getSingleResult();
        return new Counts(waiting, dead);
    }

    private String entity(Class<?> kind) {
        return em.getMetamodel().entity(kind).getName();
    }
}
