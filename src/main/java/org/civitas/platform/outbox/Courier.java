package org.civitas.platform.outbox;

import java.time.Duration;

/**
 * Delivers one kind of {@link OutboxItem} (mails, posts to the city's accounts): an {@code @ApplicationScoped} bean
 * of the feature that owns the kind. {@link OutboxTimer} finds every courier, and for each calls {@link #deliver}
 * outside any transaction, so that a slow receiver holds no lock; the outbox records the outcome.
 */
public interface Courier<T extends OutboxItem> {

    /** The entity this courier delivers. */
    Class<T> kind();

    /** Whether the server's configuration lets it deliver at all (no SMTP server configured: no mail). */
    boolean enabled();

    /** How often the outbox looks for this kind's due items. */
    Duration poll();

    /** The wait after the first failed attempt; it doubles after each (1, 2, 4... times this), up to {@link #longestWait}. */
    Duration retryBase();

    Duration longestWait();

    /** Attempts after which a retryable failure is given up (DEAD). */
    int maxAttempts();

    /** How long a claim may last before another server takes the item again (its attempt was interrupted). */
    Duration staleAfter();

    /**
     * Delivers once. {@code interrupted}: an earlier attempt never recorded its outcome (the server stopped while
     * waiting for the receiver), so the receiver may have it already; a courier that can ask it does so first.
     */
    Receipt deliver(T item, boolean interrupted) throws DeliveryFailure;
}
