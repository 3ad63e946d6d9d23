package org.civitas.platform;

import jakarta.ejb.SessionContext;

import java.security.Principal;
import java.util.Optional;

/** The signed-in account behind an EJB call: the identity store names the caller principal by the account id. */
public final class Callers {

    private Callers() {
    }

    /** The caller's account id; empty for an anonymous caller (or a principal that is not one of our accounts). */
    public static Optional<Long> accountId(SessionContext session) {
        Principal principal = session.getCallerPrincipal();
        try {
            return principal == null ? Optional.empty() : Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The caller's account id, for methods that @RolesAllowed already restricts to signed-in accounts. */
    public static long requireAccountId(SessionContext session) {
        return Long.parseLong(session.getCallerPrincipal().getName());
    }
}
