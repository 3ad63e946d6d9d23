package org.civitas.platform.mail;

import jakarta.inject.Inject;
import org.civitas.platform.outbox.Courier;
import org.civitas.platform.outbox.OutboxItem;

import java.time.Duration;

/**
 * The rhythm every kind of mail shares in the outbox (a mail, a digest): on when an SMTP server is configured, polled,
 * retried and given up as {@code CIVITAS_MAIL_*} say. A kind's courier adds what it delivers.
 */
public abstract class MailKindCourier<T extends OutboxItem> implements Courier<T> {

    @Inject
    private MailSettings settings;

    @Override
    public boolean enabled() {
        return settings.isEnabled();
    }

    @Override
    public Duration poll() {
        return settings.poll();
    }

    @Override
    public Duration retryBase() {
        return settings.retryBase();
    }

    @Override
    public Duration longestWait() {
        return Duration.ofDays(1);
    }

    @Override
    public int maxAttempts() {
        return settings.maxAttempts();
    }

    /** A server that stopped while it talked to the SMTP server leaves the mail claimed; another takes it after this. */
    @Override
    public Duration staleAfter() {
        return Duration.ofMinutes(5);
    }
}
