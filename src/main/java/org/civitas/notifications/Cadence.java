package org.civitas.notifications;

import java.util.Arrays;
import java.util.Optional;

/** How a person wants mail about one kind of notice: at once, in a daily or a weekly digest, or never. */
public enum Cadence {
    IMMEDIATE, DAILY, WEEKLY, NEVER;

    /** The cadence a text names, whatever its case; empty for anything else. */
    public static Optional<Cadence> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(text.trim())).findFirst();
    }

    public String messageKey() {
        return "cadence." + name();
    }

    /** Whether it gathers notices into a digest. */
    public boolean isDigest() {
        return this == DAILY || this == WEEKLY;
    }
}
