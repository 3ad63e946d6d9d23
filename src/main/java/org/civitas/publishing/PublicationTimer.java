package org.civitas.publishing;

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
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers publications to the city's accounts every few seconds ({@code CIVITAS_PUBLISH_POLL_SECONDS}, 15 by
 * default), in the background; runs on every server, the claim decides which one sends each publication. The
 * network call happens outside any transaction, so that a slow network holds no lock.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationTimer {

    private static final Logger LOG = Logger.getLogger(PublicationTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private PublicationService publications;

    @Inject
    @ConfigProperty(name = "civitas.publish.poll-seconds", defaultValue = "15")
    private long pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long every = Math.max(1, pollSeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("publications", false));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : publications.due(20)) {
                publications.claim(id).ifPresent(this::deliver);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publication round failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }

    private void deliver(PublicationService.Claim claim) {
        long id = claim.post().publicationId();
        Optional<CityAccount> account = publications.account(claim.network()).filter(CityAccount::configured);
        if (account.isEmpty()) {
            publications.failed(id, new CityAccount.DeliveryException(null, false,
                    "The server's environment no longer configures " + claim.network()));
            return;
        }
        try {
            Optional<CityAccount.Delivered> already = claim.interrupted() ? account.get().find(claim.post()) : Optional.empty();
            publications.delivered(id, already.isPresent() ? already.get() : account.get().publish(claim.post()));
        } catch (CityAccount.DeliveryException e) {
            LOG.info(() -> "Publication " + id + " to " + claim.network() + " failed: " + e.getMessage());
            publications.failed(id, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publication " + id + " to " + claim.network() + " failed", e);
            publications.failed(id, new CityAccount.DeliveryException(null, true, e.getClass().getSimpleName()));
        }
    }
}
