package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in, for the header and the pages: loaded from the account once per session (kept in the session a
 * signed-in caller already has) and again whenever the caller changes (sign-in, sign-out, deletion). An anonymous
 * visitor's pages ask it too, on every page: it gives them no session (it was a session-scoped bean, and every
 * anonymous page view, a crawler's included, created a session that lived 30 minutes, in the shared store of a
 * cluster too).
 */
@Named
@RequestScoped
public class SignedInAccount {

    /** The session attribute holding the caller's {@link Kept}. */
    static final String SESSION_ATTRIBUTE = "civitas.signedInAccount";

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    private Kept current;
    private boolean resolved;

    /** What a signed-in caller's session keeps: the account as the header shows it, and whose it is. */
    record Kept(String principalName, long id, String displayName, Set<Role> roles) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public boolean isSignedIn() {
        return current() != null;
    }

    public Long getId() {
        Kept kept = current();
        return kept == null ? null : kept.id();
    }

    public String getDisplayName() {
        Kept kept = current();
        return kept == null ? null : kept.displayName();
    }

    public boolean hasRole(String role) {
        Kept kept = current();
        return kept != null && kept.roles().contains(Role.valueOf(role));
    }

    public Set<Role> getRoles() {
        Kept kept = current();
        return kept == null || kept.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(kept.roles());
    }

    /** Forgets the cached account, so the next read loads it again. */
    public void forget() {
        current = null;
        resolved = false;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }

    private Kept current() {
        if (!resolved) {
            current = resolve();
            resolved = true;
        }
        return current;
    }

    /** Cheap unless the caller changed: compares the principal's name with the one kept in the session. */
    private Kept resolve() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Kept kept
                && kept.principalName().equals(principal.getName())) {
            return kept;
        }
        Kept loaded;
        try {
            loaded = accounts.findActive(Long.parseLong(principal.getName()))
                    .map(a -> new Kept(principal.getName(), a.getId(), a.getDisplayName(), Set.copyOf(a.getRoles())))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null; // Not one of our accounts: stays anonymous.
        }
        if (session != null) {
            if (loaded == null) {
                session.removeAttribute(SESSION_ATTRIBUTE);
            } else {
                session.setAttribute(SESSION_ATTRIBUTE, loaded);
            }
        }
        return loaded;
    }
}
