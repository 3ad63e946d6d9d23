package org.civitas.accounts;

import java.time.Instant;
import java.util.Set;

/** One line of the administrators' account list. */
public record AccountRow(long id, String displayName, String email, Instant createdAt, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
