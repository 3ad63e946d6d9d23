package org.civitas.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.outbox.Courier;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Turns the outbox's notices to followers into their notifications, a few seconds after the change that caused them
 * (every {@code CIVITAS_NOTICES_POLL_SECONDS}, 2 by default). A failure (the database gone a moment) is tried again;
 * an attempt cut short writes nothing twice ({@link FollowerNotices}).
 */
@ApplicationScoped
public class NoticeCourier implements Courier<NoticeFanOut> {

    @Inject
    private FollowerNotices notices;

    @Inject
    @ConfigProperty(name = "civitas.notices.poll-seconds", defaultValue = "2")
    private int pollSeconds;

    @Override
    public Class<NoticeFanOut> kind() {
        return NoticeFanOut.class;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Duration poll() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    @Override
    public Duration retryBase() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration longestWait() {
        return Duration.ofHours(1);
    }

    @Override
    public int maxAttempts() {
        return 10;
    }

    @Override
    public Duration staleAfter() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Receipt deliver(NoticeFanOut fanOut, boolean interrupted) throws DeliveryFailure {
        try {
            notices.tell(fanOut.getId());
            return Receipt.NONE;
        } catch (RuntimeException e) {
            throw new DeliveryFailure(null, true, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
