package org.civitas.accounts.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.web.Lookups;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in, for the header and the pages: loaded from the account once per session and again whenever
 * the caller changes (sign-in, sign-out, deletion).
 */
@Named
@SessionScoped
public class SignedInAccount implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityContext security;

    @Inject
    private transient AccountService accounts;

    private String principalName;
    private Long id;
    private String displayName;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public boolean isSignedIn() {
        return refresh() && id != null;
    }

    public Long getId() {
        refresh();
        return id;
    }

    public String getDisplayName() {
        refresh();
        return displayName;
    }

    public boolean hasRole(String role) {
        refresh();
        return roles.contains(Role.valueOf(role));
    }

    public Set<Role> getRoles() {
        refresh();
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /** Forgets the cached account, so the next read loads it again. */
    public void forget() {
        principalName = null;
        id = null;
        displayName = null;
        roles = EnumSet.noneOf(Role.class);
    }

    /** Cheap unless the caller changed: compares the principal's name with the one cached. */
    private boolean refresh() {
        Principal principal = security().getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null) {
            if (principalName != null) {
                forget();
            }
            return true;
        }
        if (!name.equals(principalName)) {
            forget();
            principalName = name;
            try {
                accounts().findActive(Long.parseLong(name)).ifPresent(this::load);
            } catch (NumberFormatException e) {
                // Not one of our accounts: stays anonymous.
            }
        }
        return true;
    }

    private void load(Account account) {
        id = account.getId();
        displayName = account.getDisplayName();
        roles = account.getRoles();
    }

    private SecurityContext security() {
        return security = Lookups.orLookUp(security, SecurityContext.class);
    }

    private AccountService accounts() {
        return accounts = Lookups.orLookUp(accounts, AccountService.class);
    }
}
