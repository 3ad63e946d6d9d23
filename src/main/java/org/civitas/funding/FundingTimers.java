package org.civitas.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.accounts.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The money's timers, every 10 minutes, outside any transaction. The loan and investment campaigns' figures are read
 * from their provider's API ({@link PlatformProgress}). Reconciliation: the pledges not settled and not
 * checked for 10 minutes are asked about (a lost notification is found; an authorised payment of an open campaign once
 * a day), those still unpaid after
 * {@code CIVITAS_PLEDGE_EXPIRY_MINUTES} (120) are cancelled and their rewards given back, and the provider's list of
 * payments changed since the last run brings what the portal never heard of. Closing: each campaign whose last day is
 * over is closed once (under its row lock), then its authorised payments are captured (it succeeded) or cancelled (it
 * failed), and those already taken for a campaign that failed are refunded, each in turn; one the provider does not
 * take now is asked again by the next reconciliation.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FundingTimers {

    private static final Logger LOG = Logger.getLogger(FundingTimers.class.getName());

    @Inject
    private FundingStore store;

    @Inject
    private Pledging pledging;

    @Inject
    private Payments payments;

    @Inject
    private PlatformProgress platform;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "civitas.pledge.expiry-minutes", defaultValue = "120")
    private int expiryMinutes;

    private final ReentrantLock running = new ReentrantLock();
    private Instant lastListed;

    /**
     * What a run did: pledges checked, pledges expired, payments found by listing, campaigns closed, provider-run
     * campaigns whose figures changed.
     */
    public record Run(int checked, int expired, int listed, int closed, int followed) {
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "funding")
    void scheduled() {
        run(Duration.ofMinutes(10));
    }

    /** A run now, checking every unsettled pledge (an administrator's "reconcile now", and the tests). */
    @RolesAllowed(Role.Names.ADMIN)
    public Run runNow() {
        return run(Duration.ZERO);
    }

    private Run run(Duration quiet) {
        if (!running.tryLock()) {
            return new Run(0, 0, 0, 0, 0);
        }
        try {
            int followed = followProviders();
            int closed = 0;
            for (long id : store.closing()) {
                closed += close(id) ? 1 : 0;
            }
            Instant now = clock.instant();
            int checked = 0;
            int expired = 0;
            Instant before = now.minus(quiet).plusMillis(1);
            Instant authorizedBefore = quiet.isZero() ? before : now.minus(Duration.ofDays(1));
            for (long id : store.unsettled(before, authorizedBefore, 500)) {
                Optional<Pledge> pledge = store.pledge(id);
                if (pledge.isEmpty()) {
                    continue;
                }
                pledging.check(pledge.get());
                checked++;
                Pledge after = store.pledge(id).orElseThrow();
                if ((after.getState() == PledgeState.PENDING || after.getState() == PledgeState.FAILED)
                        && after.getCreatedAt().isBefore(now.minus(Duration.ofMinutes(expiryMinutes)))) {
                    cancelAtProvider(after);
                    store.expire(id);
                    expired++;
                }
            }
            int listed = listChanged(now);
            return new Run(checked, expired, listed, closed, followed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The funding run stopped", e);
            return new Run(0, 0, 0, 0, 0);
        } finally {
            running.unlock();
        }
    }

    /** The figures of the loan and investment campaigns, from their provider's API (one that fails keeps its own). */
    private int followProviders() {
        if (!platform.configured()) {
            return 0;
        }
        int changed = 0;
        for (FundingStore.AtProvider campaign : store.atProviders()) {
            try {
                changed += store.followed(campaign.id(), platform.progress(campaign.providerUrl())) ? 1 : 0;
            } catch (PaymentFailure e) {
                LOG.log(Level.INFO, "Campaign {0}: the provider''s figures were not read: {1}",
                        new Object[]{campaign.id(), e.getMessage()});
            }
        }
        return changed;
    }

    private boolean close(long campaignId) {
        Optional<FundingStore.Closed> closed = store.close(campaignId);
        if (closed.isEmpty()) {
            return false;
        }
        for (long id : closed.get().pledges()) {
            // A pledge of a provider this server does not know (the demo's, seeded as confirmed) is left as it is
            store.followUp(id).ifPresent(applied -> store.pledge(id).flatMap(p -> payments.byId(p.getProvider()))
                    .ifPresent(provider -> pledging.settle(provider, applied)));
        }
        return true;
    }

    private void cancelAtProvider(Pledge pledge) {
        if (pledge.getPaymentId() == null) {
            return;
        }
        payments.byId(pledge.getProvider()).ifPresent(p -> {
            try {
                p.cancel(pledge.getPaymentId());
            } catch (PaymentFailure e) {
                // the pledge is cancelled here whatever the provider says: nothing was taken
            }
        });
    }

    private int listChanged(Instant now) {
        Optional<PaymentProvider> provider = payments.current();
        if (provider.isEmpty()) {
            return 0;
        }
        Instant since = lastListed == null ? now.minus(Duration.ofHours(24)) : lastListed.minus(Duration.ofMinutes(5));
        try {
            int applied = 0;
            for (PaymentProvider.PaymentReport report : provider.get().changedSince(since)) {
                FundingStore.Applied result = store.apply(provider.get().id(), null, report);
                pledging.settle(provider.get(), result);
                applied += result.moved() ? 1 : 0;
            }
            lastListed = now;
            return applied;
        } catch (PaymentFailure e) {
            LOG.log(Level.INFO, "The payment service's list was not read: {0}", e.getMessage());
            return 0;
        }
    }
}
