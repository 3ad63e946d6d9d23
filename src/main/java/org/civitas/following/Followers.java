package org.civitas.following;

/**
 * Who follows a thing, as SQL for other features' set-based statements: {@code a.id IN (<sql>)} over
 * {@code account a}, with one parameter, the thing's id. Notifications tells 100,000 followers in one statement.
 */
public final class Followers {

    private Followers() {
    }

    /** The accounts following a thing of {@code kind} whose id is the one parameter. */
    public static String of(FollowKind kind) {
        return "SELECT f.account_id FROM follow f WHERE f.kind = '" + kind.name() + "' AND f.target_id = ?";
    }
}
