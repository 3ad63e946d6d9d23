package org.civitas.platform.web;

import jakarta.enterprise.inject.spi.CDI;

/**
 * For beans kept in the session: their injected services are {@code transient}, and a session read back from the
 * shared store (another server, a restart) brings them back as {@code null}, which CDI does not inject again.
 */
public final class Lookups {

    private Lookups() {
    }

    /** The injected service, or the same one looked up again when the bean has just been read back. */
    public static <T> T orLookUp(T injected, Class<T> type) {
        return injected != null ? injected : CDI.current().select(type).get();
    }
}
