package org.civitas.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.civitas.platform.LogLines;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox in the background, on every server (the claim decides which server sends each item): each
 * courier's due items every {@link Courier#poll} (the timer ticks at the shortest). The receivers are called outside
 * any transaction, so that a slow one holds no lock and no request ever waits for it. A round still running when the
 * next is due is not doubled.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());
    private static final int BATCH = 50;

    @Resource
    private TimerService timers;

    @Inject
    private Outbox outbox;

    @Inject
    @Any
    private Instance<Courier<?>> couriers;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<Class<?>, Instant> lastRound = new HashMap<>();

    @PostConstruct
    void start() {
        long every = couriers.stream().filter(Courier::enabled).mapToLong(c -> c.poll().toMillis()).min().orElse(0);
        if (every > 0) {
            long tick = Math.max(1000, every);
            timers.createIntervalTimer(tick, tick, new TimerConfig("outbox", false));
        }
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (Courier<?> courier : couriers) {
                Instant last = lastRound.get(courier.kind());
                if (courier.enabled() && (last == null || !last.plus(courier.poll()).isAfter(now.plusMillis(500)))) {
                    lastRound.put(courier.kind(), now);
                    deliverDue(courier);
                }
            }
        } finally {
            running.set(false);
        }
    }

    private <T extends OutboxItem> void deliverDue(Courier<T> courier) {
        String kind = courier.kind().getSimpleName();
        try {
            List<Long> due = outbox.due(courier, BATCH);
            for (Long id : due) {
                outbox.claim(courier, id).ifPresent(claim -> deliver(courier, id, claim));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round for " + kind + " failed; the next round tries again", e);
        }
    }

    private <T extends OutboxItem> void deliver(Courier<T> courier, long id, Outbox.Claim<T> claim) {
        String kind = courier.kind().getSimpleName();
        try {
            outbox.delivered(courier, id, courier.deliver(claim.item(), claim.interrupted()));
        } catch (DeliveryFailure e) {
            LOG.info(() -> kind + " " + id + " not delivered: " + LogLines.clean(e.getMessage()));
            outbox.failed(courier, id, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, kind + " " + id + " not delivered", e);
            outbox.failed(courier, id, new DeliveryFailure(null, true, e.getClass().getSimpleName()));
        }
    }
}
