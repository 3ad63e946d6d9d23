package org.civitas.publishing;

import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

import java.time.Instant;
import java.util.Optional;

/**
 * One of the city's own accounts on a network, which officials publish to. Adding a network is one class
 * implementing this (an {@code @ApplicationScoped} bean reading its credentials from the server's environment, never
 * from the database). Implementations speak the network's HTTP API and turn its answers into a
 * {@link Receipt} or a {@link DeliveryFailure}.
 */
public interface CityAccount {

    /** Short, stable id, stored with each publication. */
    String id();

    /** The network's name as people know it. */
    String label();

    /** Whether the server's environment holds what this account needs (address, credentials). */
    boolean configured();

    /** What its posts' links say they come from ({@code utm_source}): the network's id, as shares say it. */
    default String utmSource() {
        return id();
    }

    /** Whether an official may publish to it: any official for the environment's accounts. */
    default boolean mayPublish(long official) {
        return true;
    }

    /** Posts once. The network must not show it twice when {@link Post#key()} was already used, where it can. */
    Receipt publish(Post post) throws DeliveryFailure;

    /**
     * After an attempt that was interrupted (the server stopped while it waited for the network): the post, if the
     * network already has it. Empty when it does not, or when posting again is harmless because the network itself
     * ignores a repeated idempotency key.
     */
    default Optional<Receipt> find(Post post) throws DeliveryFailure {
        return Optional.empty();
    }

    /**
     * What a post published here achieved (its likes, reposts and replies), read back from the network by the post's
     * id as {@link #publish} received it. Empty when the network does not tell.
     */
    default Optional<Engagement> engagement(String remoteId) throws DeliveryFailure {
        return Optional.empty();
    }

    /** What to post: the text, the link (carrying the key in {@code utm_content}), the key, when it was asked. */
    record Post(long publicationId, String key, String text, String link, Instant requestedAt, String language) {
    }
}
