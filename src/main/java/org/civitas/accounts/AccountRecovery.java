package org.civitas.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.SecretTokens;
import org.civitas.platform.AuditLog;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.LogLines;
import org.civitas.platform.RateLimiter;
import org.civitas.platform.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What lets people live with their account: a forgotten password reset by a link sent by mail, an address confirmed
 * (at registration, and again when it changes, the old address told), every session ended at once. Each public method
 * is one transaction. The links are single-use and stored hashed ({@link AccountLinks}).
 * <p>
 * The first administrator proves it too: registering with an address of {@code CIVITAS_ADMIN_EMAILS} grants nothing;
 * confirming that address does, once for the whole portal (a setting records it, and the configuration stops granting
 * from then on). So that a town without mail yet can start, the confirmation link of such an address is also written in
 * the server's log, which only the people running the server read.
 */
@Stateless
public class AccountRecovery {

    /** Reset links asked for one address: a few an hour (a person retrying), not a way to flood a mailbox. */
    static final Limit RESET_PER_EMAIL = Limit.of("reset-email", 3, Duration.ofHours(1));
    /** Confirmation mails sent again to one account. */
    static final Limit RESEND_PER_ACCOUNT = Limit.of("confirm-resend", 3, Duration.ofHours(1));
    /** Address changes asked by one account. */
    static final Limit CHANGE_PER_ACCOUNT = Limit.of("email-change", 5, Duration.ofDays(1));

    private static final Logger LOG = Logger.getLogger(AccountRecovery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountLinks links;

    @Inject
    private AccountMails mails;

    @Inject
    private AccountSafeguards safeguards;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private PasswordConfirmation passwords;

    @Inject
    private SignInGuard guard;

    @Inject
    private RateLimiter limiter;

    @Inject
    private SettingsService settings;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * Reset links asked from one network address in an hour, whatever the emails: enumeration and mail bombing both
     * stop (a setting: a town hall's public computers share an address).
     */
    @Inject
    @ConfigProperty(name = "civitas.recovery.ip-max", defaultValue = "10")
    private int resetsPerAddress;

    /**
     * Sends a reset link to the address if an account uses it (active, not blocked). The caller learns nothing either
     * way: the same answer, the same work (a token is drawn and hashed in both cases), the same limits (counted for
     * the address whether or not it has an account, and for the network address).
     */
    @PermitAll
    public void requestPasswordReset(String email, String ipAddress) {
        limiter.take(Limit.of("reset-ip", resetsPerAddress, Duration.ofHours(1)), ipAddress == null ? "-" : ipAddress,
                "recovery.tooMany");
        String key = Account.emailKey(email);
        limiter.take(RESET_PER_EMAIL, key == null || key.isBlank() ? "-" : key, "recovery.tooMany");
        Optional<Account> account = key == null || key.isBlank() ? Optional.empty()
                : em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class).setParameter("emailKey", key)
                .getResultStream().filter(a -> !a.isDeleted() && !a.isBlocked()).findFirst();
        if (account.isPresent()) {
            mails.resetPassword(account.get(), links.issue(account.get().getId(), AccountLink.Purpose.RESET_PASSWORD,
                    null));
            LOG.info(() -> "Password reset link sent to account " + account.get().getId() + " (asked from "
                    + LogLines.clean(ipAddress) + ")");
        } else {
            SecretTokens.hash(AccountLinks.class.getName() + System.nanoTime());
            LOG.info(() -> "Password reset asked from " + LogLines.clean(ipAddress) + " for an unknown email");
        }
    }

    /** Whether a reset link still works (the page shows the form, or says to ask again). */
    @PermitAll
    public boolean isResetLinkUsable(String token) {
        return links.peek(token, AccountLink.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password through a reset link, which is used up. Whoever follows it proved they read the address's
     * mail, so the address counts as confirmed. Every session of the account ends, every access token is revoked,
     * every other link ends, the email's failed sign-ins are forgiven, and the address is told.
     */
    @PermitAll
    public void resetPassword(String token, @NotNull String newPassword) {
        AccountLink link = links.redeem(token, AccountLink.Purpose.RESET_PASSWORD)
                .orElseThrow(LinkExpiredException::new);
        Account account = holderOf(link);
        List<String> reasons = PasswordPolicy.violations(newPassword, account.getEmail());
        if (!reasons.isEmpty()) {
            throw new PasswordRejectedException("next", reasons);
        }
        account.changePasswordHash(hasher.hash(newPassword), clock.instant());
        account.confirmEmail(clock.instant());
        safeguards.endSessions(account, true);
        guard.forgive(account.getEmail());
        mails.passwordChanged(account);
        audit.record("PASSWORD_RESET", "ACCOUNT", account.getId(), null);
    }

    /** The caller asks for the confirmation mail again; an address already confirmed gets none. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public boolean resendConfirmation() {
        Account account = caller();
        if (account.isEmailConfirmed()) {
            return false;
        }
        limiter.take(RESEND_PER_ACCOUNT, Long.toString(account.getId()), "recovery.tooMany");
        safeguards.sendConfirmation(account);
        return true;
    }

    /** What a confirmation link proved. */
    public record Confirmed(long accountId, String email, boolean becameAdmin) {
    }

    /**
     * Confirms an address through its link, which is used up. The configuration's administrator address, the first
     * time one is confirmed, makes its account an administrator (then never again).
     */
    @PermitAll
    public Confirmed confirmEmail(String token) {
        AccountLink link = links.redeem(token, AccountLink.Purpose.CONFIRM_EMAIL).orElseThrow(LinkExpiredException::new);
        Account account = holderOf(link);
        account.confirmEmail(clock.instant());
        audit.record("EMAIL_CONFIRMED", "ACCOUNT", account.getId(), null);
        boolean admin = false;
        if (safeguards.mayBecomeFirstAdmin(account) && settings.claim(AccountSafeguards.BOOTSTRAP_SETTING, account.getId().toString())) {
            account.grant(Role.ADMIN);
            audit.record("GRANT_ROLE", "ACCOUNT", account.getId(), Role.ADMIN.name() + " (CIVITAS_ADMIN_EMAILS)");
            LOG.warning(() -> "First administrator: account " + account.getId() + " confirmed its address and is "
                    + "administrator; CIVITAS_ADMIN_EMAILS grants nothing more.");
            admin = true;
        }
        return new Confirmed(account.getId(), account.getEmail(), admin);
    }

    /**
     * The caller asks to use another address, confirming with their password: a link goes to the new address (it
     * replaces the old one only once followed) and the old address is told. An address another account uses is
     * refused now and again when the link is followed.
     */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void requestEmailChange(@NotNull String password, @NotBlank @Email @Size(max = 254) String newEmail) {
        Account account = caller();
        passwords.check(account, password, "password");
        String key = Account.emailKey(newEmail);
        if (key.equals(account.getEmailKey())) {
            throw new EmailUnchangedException();
        }
        if (taken(key)) {
            throw new EmailTakenException();
        }
        limiter.take(CHANGE_PER_ACCOUNT, Long.toString(account.getId()), "recovery.tooMany");
        String token = links.issue(account.getId(), AccountLink.Purpose.CHANGE_EMAIL, newEmail.strip());
        mails.emailChangeRequested(account, newEmail.strip(), token);
        audit.record("EMAIL_CHANGE_ASKED", "ACCOUNT", account.getId(), null);
    }

    /** The new address proved by its link replaces the old one, which is told. */
    @PermitAll
    public Confirmed confirmEmailChange(String token) {
        AccountLink link = links.redeem(token, AccountLink.Purpose.CHANGE_EMAIL).orElseThrow(LinkExpiredException::new);
        Account account = holderOf(link);
        if (taken(Account.emailKey(link.getNewEmail()))) {
            throw new EmailTakenException();
        }
        String old = account.getEmail();
        account.changeEmail(link.getNewEmail(), clock.instant());
        mails.emailChanged(old, account);
        audit.record("EMAIL_CHANGED", "ACCOUNT", account.getId(), null);
        return new Confirmed(account.getId(), account.getEmail(), false);
    }

    /** Ends every session of the caller's account, this one included. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void signOutEverywhere() {
        Account account = caller();
        account.endSessions();
        audit.record("SIGNED_OUT_EVERYWHERE", "ACCOUNT", account.getId(), null);
    }

    /** How many access tokens the caller may still revoke (offered after a password change). */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public long countActiveTokens() {
        return em.createQuery("SELECT COUNT(t) FROM AccessToken t WHERE t.accountId = :a AND t.revokedAt IS NULL "
                        + "AND t.expiresAt > :now", Long.class)
                .setParameter("a", caller().getId()).setParameter("now", clock.instant()).getSingleResult();
    }

    /** The caller revokes every access token at once; returns how many. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public int revokeAllTokens() {
        Account account = caller();
        int revoked = safeguards.revokeTokens(account.getId());
        audit.record("TOKENS_REVOKED", "ACCOUNT", account.getId(), Integer.toString(revoked));
        return revoked;
    }

    /** The account a link was sent to, while it may still act (a blocked or deleted one's links do nothing). */
    private Account holderOf(AccountLink link) {
        Account account = em.find(Account.class, link.getAccountId());
        if (account == null || account.isDeleted() || account.isBlocked()) {
            throw new LinkExpiredException();
        }
        return account;
    }

    private boolean taken(String key) {
        return !em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class).setParameter("emailKey", key)
                .getResultList().isEmpty();
    }

    private Account caller() {
        long id = Callers.accountId(session).orElseThrow(AccountNotFoundException::new);
        Account account = em.find(Account.class, id);
        if (account == null || account.isDeleted()) {
            throw new AccountNotFoundException();
        }
        return account;
    }
}
