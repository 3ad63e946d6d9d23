package org.civitas.watch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.civitas.accounts.Role;
import org.civitas.platform.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the watch's sources: every 5 minutes, the sources in use whose next poll has come, at most
 * {@code CIVITAS_WATCH_BATCH} (20) a run, one after the other, each asked outside any transaction and its answer kept
 * in a short one, after taking it ({@link WatchStore#claim}: on several servers, one polls it). A source that fails waits longer each time ({@link WatchSource#failed}); one whose network says to
 * wait is not asked before. An administrator may poll a source at once, even a paused one (to try it before putting it
 * in use); a poll of a source already under way is waited for, not run beside it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WatchPoller {

    private static final Logger LOG = Logger.getLogger(WatchPoller.class.getName());

    @Inject
    private WatchStore store;

    @Inject
    private Instance<WatchAdapter> adapters;

    @Inject
    @ConfigProperty(name = "civitas.watch.batch", defaultValue = "20")
    private int batch;

    /** How long a source taken by a timer is put off for other servers while it is polled. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final ConcurrentHashMap<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final ReentrantLock running = new ReentrantLock();

    /** What one poll did: the new items kept, or why it failed. */
    public record Outcome(int kept, String error) {
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "watch-poll")
    void scheduled() {
        if (!running.tryLock()) {
            return;
        }
        try {
            for (long id : store.due(batch)) {
                ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
                if (!lock.tryLock()) {
                    continue;
                }
                try {
                    if (store.claim(id, LEASE)) {
                        poll(id);
                    }
                } catch (BusinessException e) {
                    // removed meanwhile: nothing to poll
                } finally {
                    lock.unlock();
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The watch's run stopped", e);
        } finally {
            running.unlock();
        }
    }

    /** Polls one source now (an administrator's "poll now"). */
    @RolesAllowed(Role.Names.ADMIN)
    public Outcome pollNow(long id) {
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
        try {
            if (!lock.tryLock(30, TimeUnit.SECONDS)) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "watch.pollBusy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(BusinessException.Kind.CONFLICT, "watch.pollBusy");
        }
        try {
            return poll(id);
        } finally {
            lock.unlock();
        }
    }

    private Outcome poll(long id) {
        SourceSpec spec;
        try {
            spec = store.spec(id);
        } catch (BusinessException e) {
            if (e.getKind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            PollFailure failure = new PollFailure(null, "The token cannot be opened with the server's key", null);
            store.failed(id, failure);
            return new Outcome(0, failure.getMessage());
        }
        WatchAdapter adapter = adapters.stream().filter(a -> a.kinds().contains(spec.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No adapter for " + spec.kind()));
        try {
            Harvest harvest = adapter.poll(spec);
            return new Outcome(store.stored(id, harvest), null);
        } catch (PollFailure e) {
            LOG.log(Level.INFO, "Watch source {0} not polled: {1}", new Object[]{id, e.getMessage()});
            store.failed(id, e);
            return new Outcome(0, e.getMessage());
        } catch (RuntimeException e) {
            // Another source kept the same item at that moment, or the database failed: nothing was kept, the cursor
            // did not move, the next poll brings the same items again
            LOG.log(Level.WARNING, "Watch source " + id + ": what it brought could not be kept", e);
            PollFailure failure = new PollFailure(null, "What it brought could not be kept; tried again later", null);
            store.failed(id, failure);
            return new Outcome(0, failure.getMessage());
        }
    }
}
