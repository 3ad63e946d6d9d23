package org.civitas.following;

import java.util.Optional;

/**
 * What a person can follow; the target is a proposal's, a theme's, a district's, an account's or a participatory
 * budget's id (a budget's project is followed as the idea it grew from: a proposal).
 */
public enum FollowKind {
    PROPOSAL, THEME, DISTRICT, PERSON, BUDGET;

    /** The bundle key naming the kind ("a proposal", "a theme"...). */
    public String messageKey() {
        return "follow.kind." + name();
    }

    /** The kind as written in an address ({@code proposal}, {@code theme}...), or empty for anything else. */
    public static Optional<FollowKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (FollowKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
