package org.civitas.accounts.oidc;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountDeleted;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.accounts.SignInOutcome;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.SettingsService;
import org.civitas.platform.LogLines;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Which account a provider's person signs in to. A known (provider, subject) signs in its account; an unknown one
 * opens a new account, unless a local account already uses the address the provider gave: that account is linked
 * only when the person gives its password ({@link #linkWithPassword}), never on the provider's word alone (an address
 * a provider calls verified may be an address it never checked, or one that changed hands). Each public method is
 * one transaction.
 */
@Stateless
public class OidcAccounts {

    private static final Logger LOG = Logger.getLogger(OidcAccounts.class.getName());

    /** What {@link #admit} found. */
    public enum Admission {
        /** The subject signs in an account already (linked before, or opened by it). */
        KNOWN,
        /** A new account was opened for the subject, and linked to it. */
        OPENED,
        /** A local account uses the address: its password must be given before the subject is linked to it. */
        LINK_NEEDED,
        /** The provider gave no address, and the subject has no account: none can be opened. */
        NO_EMAIL
    }

    /** What {@link #linkToCaller} did. */
    public enum Linking {
        /** The subject now signs in the caller's account. */
        LINKED,
        /** It did already. */
        ALREADY,
        /** The subject signs in another account: it stays that account's. */
        TAKEN,
        /** The caller's account is linked to another person at this provider: that link must go first. */
        ANOTHER_SUBJECT
    }

    /** An account a provider's subject signed in to, with the roles it acts with. */
    public record SignedIn(long accountId, Set<Role> roles) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private SettingsService settings;

    @Inject
    private OidcProviders providers;

    @Resource
    private SessionContext session;

    /** Makes sure the person the provider vouched for has an account, opening one when nobody uses their address. */
    @PermitAll
    public Admission admit(@NotNull OidcIdentity identity, @NotNull Locale locale) {
        if (find(identity.provider(), identity.subject()).isPresent()) {
            return Admission.KNOWN;
        }
        if (identity.email() == null) {
            return Admission.NO_EMAIL;
        }
        if (accounts.findByEmail(identity.email()).isPresent()) {
            return Admission.LINK_NEEDED;
        }
        Account account = accounts.openWithoutPassword(identity.email(), identity.displayName(), locale,
                identity.emailVerified());
        em.persist(new AccountIdentity(identity.provider(), identity.subject(), account.getId(), clock.instant()));
        audit.record("ACCOUNT_OPENED_OIDC", "ACCOUNT", account.getId(), identity.provider());
        LOG.info(() -> "Account " + account.getId() + " opened through " + identity.provider()
                + (identity.emailVerified() ? " (address confirmed by the provider)" : ""));
        return Admission.OPENED;
    }

    /**
     * Links the provider's subject to the local account of {@code email} once its password is right (with the
     * lockout of every password sign-in); returns the password check's outcome.
     */
    @PermitAll
    public SignInOutcome.Status linkWithPassword(@NotNull String provider, @NotNull String subject,
                                                 @NotNull String email, String password, String ipAddress) {
        SignInOutcome outcome = accounts.signIn(email, password, ipAddress);
        if (outcome.status() != SignInOutcome.Status.SIGNED_IN) {
            return outcome.status();
        }
        Optional<AccountIdentity> existing = find(provider, subject);
        if (existing.isEmpty()) {
            em.persist(new AccountIdentity(provider, subject, outcome.accountId(), clock.instant()));
            audit.record("OIDC_LINKED", "ACCOUNT", outcome.accountId(), provider);
            LOG.info(() -> "Account " + outcome.accountId() + " linked to " + provider + " with its password");
        } else if (existing.get().getAccountId() != outcome.accountId()) {
            // Linked to another account meanwhile (two tabs): that link stands
            return SignInOutcome.Status.REFUSED;
        }
        return SignInOutcome.Status.SIGNED_IN;
    }

    /**
     * The sign-in of a subject the provider vouched for, asked by the identity store: its account's roles, or nothing
     * for an unknown subject or an account that may not sign in (blocked). Audited and logged like a password sign-in.
     */
    @PermitAll
    public Optional<SignedIn> signIn(@NotNull String provider, @NotNull String subject, String ipAddress) {
        Optional<Account> account = find(provider, subject).flatMap(i -> accounts.findActive(i.getAccountId()));
        if (account.isEmpty() || account.get().isBlocked()) {
            LOG.info(() -> "Sign-in " + (account.isEmpty() ? "REFUSED" : "BLOCKED") + " through " + provider + " from "
                    + LogLines.clean(ipAddress) + account.map(a -> " for account " + a.getId()).orElse(""));
            return Optional.empty();
        }
        long id = account.get().getId();
        audit.record("SIGNED_IN_OIDC", "ACCOUNT", id, provider);
        LOG.info(() -> "Sign-in SIGNED_IN through " + provider + " from " + LogLines.clean(ipAddress) + " for account "
                + id);
        return Optional.of(new SignedIn(id, Set.copyOf(account.get().getRoles())));
    }

    /**
     * Links the provider's subject to the signed-in account, from <em>My account</em>: the person signed in to the
     * portal and then at the provider in the same browser, within one attempt that this account started.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Linking linkToCaller(@NotNull String provider, @NotNull String subject) {
        long caller = Callers.requireAccountId(session);
        Optional<AccountIdentity> existing = find(provider, subject);
        if (existing.isPresent()) {
            return existing.get().getAccountId() == caller ? Linking.ALREADY : Linking.TAKEN;
        }
        if (identitiesOf(caller).stream().anyMatch(i -> i.getProvider().equals(provider))) {
            return Linking.ANOTHER_SUBJECT;
        }
        em.persist(new AccountIdentity(provider, subject, caller, clock.instant()));
        audit.record("OIDC_LINKED", "ACCOUNT", caller, provider);
        LOG.info(() -> "Account " + caller + " linked to " + provider + " from its own page");
        return Linking.LINKED;
    }

    /**
     * The signed-in account no longer signs in through this provider. Refused when that would leave it no way in:
     * an account without a password keeps its last provider (the forgotten-password link sets a password first).
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public void unlinkFromCaller(@NotNull String provider) {
        long caller = Callers.requireAccountId(session);
        List<AccountIdentity> linked = identitiesOf(caller);
        Optional<AccountIdentity> link = linked.stream().filter(i -> i.getProvider().equals(provider)).findFirst();
        if (link.isEmpty()) {
            return;
        }
        boolean hasPassword = accounts.findActive(caller).map(Account::hasPassword).orElse(false);
        if (!hasPassword && linked.size() == 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "oidc.unlink.last");
        }
        em.remove(link.get());
        audit.record("OIDC_UNLINKED", "ACCOUNT", caller, provider);
    }

    /** The signed-in account's links and whether it has a password, for its own page and API. */
    @RolesAllowed(Role.Names.CITIZEN)
    public CallerMethods callerMethods() {
        long caller = Callers.requireAccountId(session);
        return new CallerMethods(caller, identitiesOf(caller),
                accounts.findActive(caller).map(Account::hasPassword).orElse(false));
    }

    /** What {@link #callerMethods} answers. */
    public record CallerMethods(long accountId, List<AccountIdentity> identities, boolean hasPassword) {

        /** Whether a link may go: not the last way into an account without a password. */
        public boolean mayRemoveOne() {
            return hasPassword || identities.size() > 1;
        }
    }

    /** The providers an account signs in through (its links), oldest first. */
    @PermitAll
    public List<AccountIdentity> identitiesOf(long accountId) {
        return em.createQuery("SELECT i FROM AccountIdentity i WHERE i.accountId = :a ORDER BY i.createdAt, i.id",
                AccountIdentity.class).setParameter("a", accountId).getResultList();
    }

    /**
     * An administrator decides which providers' sign-in counts as a verified identity, and whether supports need one
     * (read back through {@link VerifiedIdentities}). Refused: a provider not configured, and supports that would need
     * a verified identity nobody can get.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void setVerifiedIdentity(@NotNull Set<String> methods, boolean requiredForSupports) {
        for (String method : methods) {
            if (providers.find(method).isEmpty()) {
                throw BusinessException.ofField(BusinessException.Kind.INVALID, "methods", "verified.unknownMethod",
                        LogLines.clean(method));
            }
        }
        if (requiredForSupports && methods.isEmpty()) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "supportsNeedVerified", "verified.noMethod");
        }
        String value = VerifiedIdentities.format(methods);
        settings.put(VerifiedIdentities.METHODS_SETTING, value);
        settings.put(VerifiedIdentities.SUPPORTS_SETTING, Boolean.toString(requiredForSupports));
        audit.record("VERIFIED_IDENTITY_CHANGED", "SETTING", 0,
                value + (requiredForSupports ? "; supports need one" : "; supports need none"));
    }

    /** A deleted account keeps no link to a person: the provider's subject would open a new account. */
    @PermitAll
    public void accountDeleted(@Observes AccountDeleted event) {
        em.createQuery("DELETE FROM AccountIdentity i WHERE i.accountId = :a").setParameter("a", event.accountId())
                .executeUpdate();
    }

    private Optional<AccountIdentity> find(String provider, String subject) {
        return em.createNamedQuery(AccountIdentity.BY_SUBJECT, AccountIdentity.class)
                .setParameter("provider", provider).setParameter("subject", subject).getResultStream().findFirst();
    }
}
