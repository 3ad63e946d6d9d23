package org.civitas.following;

import java.time.Instant;

/**
 * One thing a person follows, as their list shows it: its name ({@code null} once it is gone: a proposal hidden or
 * removed, a theme retired, an account deleted) and, for a theme or a district, the code its list is filtered by.
 */
public record FollowRow(FollowKind kind, long targetId, String name, String code, Instant since) {

    public boolean isGone() {
        return name == null;
    }
}
