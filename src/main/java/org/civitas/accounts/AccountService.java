package org.civitas.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.platform.AuditLog;
import org.civitas.platform.Callers;
import org.civitas.platform.LogLines;
import org.civitas.platform.Persistence;
import org.civitas.platform.SettingsService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The account aggregate: registration, sign-in, password changes, self-deletion and, for administrators, the
 * account list and roles. Each public method is one transaction.
 */
@Stateless
public class AccountService {

    /** Sort orders the account list accepts; anything else falls back to the first. */
    public enum Sort { NAME, NEWEST }

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInGuard guard;

    @Inject
    private PasswordConfirmation passwords;

    @Inject
    private AccountSafeguards safeguards;

    @Inject
    private AccountMails mails;

    @Inject
    private SettingsService settings;

    @Inject
    private RegistrationGuard registrationGuard;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private Event<AccountBlocked> blocked;

    @Inject
    private Event<AccountUnblocked> unblocked;

    @Inject
    private Event<AccountDeleted> deleted;

    /**
     * Opens a citizen account and mails its address a confirmation link; refuses a taken email (whatever its case), a
     * weak password, and registrations past the limits of the address and its network ({@link RegistrationGuard}:
     * one without the form's proof of work counts as several). An address of {@code CIVITAS_ADMIN_EMAILS} becomes administrator only once confirmed
     * ({@link AccountRecovery#confirmEmail}).
     */
    @PermitAll
    public Account register(@NotNull @Valid Registration registration, String ipAddress, String proofChallenge,
                            String proofAnswer) {
        boolean proven = registrationGuard.admit(ipAddress, proofChallenge, proofAnswer);
        Account account = create(registration, EnumSet.of(Role.CITIZEN), null);
        safeguards.sendConfirmation(account);
        LOG.info(() -> "Registration of account " + account.getId() + " from " + LogLines.clean(ipAddress)
                + (proven ? " with" : " without") + " the proof of work");
        return account;
    }

    /** A signed challenge for the registration form's proof of work ({@link RegistrationProof}). */
    @PermitAll
    public String registrationChallenge() {
        return registrationGuard.challenge();
    }

    /** The zero bits the registration form's proof must reach. */
    @PermitAll
    public int registrationProofBits() {
        return registrationGuard.bits();
    }

    /**
     * Opens accounts with the given roles, their addresses counted as confirmed. For seeding at start-up (the demo
     * town); no view or resource calls it, which is why it needs no role. Each distinct password is hashed once and its
     * hash shared: a hash costs a third of a second or more (600,000 iterations), and the demo's residents all have the
     * password README publishes, so that identical hashes reveal nothing. The accounts are opened at the clock's time.
     */
    @PermitAll
    public List<Long> registerWithRoles(@NotNull List<@NotNull @Valid SeededAccount> accounts) {
        Map<String, String> hashes = new HashMap<>();
        List<Long> ids = new ArrayList<>(accounts.size());
        for (SeededAccount seeded : accounts) {
            Registration registration = seeded.registration();
            Account account = create(registration, seeded.roles(),
                    hashes.computeIfAbsent(registration.password(), hasher::hash));
            account.confirmEmail(clock.instant());
            ids.add(account.getId());
        }
        return ids;
    }

    /**
     * Whether the database holds any account, deleted ones included (a deleted account's row stays, anonymised): what
     * decides that a database belongs to a town and must never receive the demo town.
     */
    @PermitAll
    public boolean anyAccount() {
        return !em.createQuery("SELECT a.id FROM Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Opens a citizen account for a person an OpenID provider vouched for ({@code org.civitas.accounts.oidc}): no
     * password (they sign in through the provider, or choose one with "forgotten password"), the address confirmed
     * when the provider says it checked it. A taken email (whatever its case) is refused: that account is linked only
     * once its password is given.
     */
    @PermitAll
    public Account openWithoutPassword(@NotNull String email, @NotNull String displayName, @NotNull Locale locale,
                                       boolean emailConfirmed) {
        if (findByEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        Account account = new Account(email, displayName, null, locale, clock.instant());
        if (emailConfirmed) {
            account.confirmEmail(clock.instant());
        }
        return persistNew(account);
    }

    /** A new account, its password checked and hashed (unless {@code hash} already holds its hash). */
    private Account create(Registration registration, Set<Role> roles, String hash) {
        List<String> reasons = PasswordPolicy.violations(registration.password(), registration.email());
        if (!reasons.isEmpty()) {
            throw new PasswordRejectedException("password", reasons);
        }
        String key = Account.emailKey(registration.email());
        if (!em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class).setParameter("emailKey", key)
                .getResultList().isEmpty()) {
            throw new EmailTakenException();
        }
        Account account = new Account(registration.email(), registration.displayName(),
                hash == null ? hasher.hash(registration.password()) : hash, registration.locale(), clock.instant());
        roles.forEach(account::grant);
        return persistNew(account);
    }

    private Account persistNew(Account account) {
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            if (Persistence.isConstraintViolation(e)) {
                // Two registrations of one email at the same moment: the unique constraint decides.
                throw new EmailTakenException();
            }
            throw e;
        }
        return account;
    }

    /**
     * Checks an email and password, applying the lockout. Failures are recorded in this transaction, which
     * commits whatever the outcome: a refusal is an answer, not an error.
     */
    @PermitAll
    public SignInOutcome signIn(String email, String password, String ipAddress) {
        SignInOutcome outcome = check(email, password, ipAddress);
        // Every sign-in, one line: the account (never the email or the password), the address, the outcome
        LOG.info(() -> "Sign-in " + outcome.status() + " from " + LogLines.clean(ipAddress) + " for "
                + (outcome.accountId() != null ? "account " + outcome.accountId()
                : findByEmail(email).map(a -> "account " + a.getId()).orElse("an unknown email")));
        return outcome;
    }

    private SignInOutcome check(String email, String password, String ipAddress) {
        Optional<Instant> locked = guard.lockedUntil(email, ipAddress);
        if (locked.isPresent()) {
            return SignInOutcome.locked(locked.get());
        }
        Optional<Account> account = findByEmail(email);
        boolean valid = password != null && password.length() <= PasswordPolicy.MAX_LENGTH * 4
                && hasher.verify(password, account.map(Account::getPasswordHash).orElse(null));
        if (!valid || account.isEmpty()) {
            guard.recordFailure(email, ipAddress);
            return guard.lockedUntil(email, ipAddress).map(SignInOutcome::locked).orElseGet(SignInOutcome::refused);
        }
        guard.forgive(email);
        if (account.get().isBlocked()) {
            return SignInOutcome.blocked();
        }
        return SignInOutcome.signedIn(account.get());
    }

    @PermitAll
    public Optional<Account> findByEmail(String email) {
        String key = Account.emailKey(email);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class).setParameter("emailKey", key)
                .getResultStream().findFirst();
    }

    /** An account that exists and is not deleted. */
    @PermitAll
    public Optional<Account> findActive(long id) {
        Account account = em.find(Account.class, id);
        return account == null || account.isDeleted() ? Optional.empty() : Optional.of(account);
    }

    /**
     * Changes the caller's own password, once the current one confirms it, and ends every session of the account: the
     * caller's own goes on under the generation returned (its tokens stay; the page offers to revoke them). A refusal
     * names the field concerned: {@code current} (wrong) or {@code next} (too weak).
     */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public int changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        Account account = activeOrThrow(callerId());
        passwords.check(account, currentPassword, "current");
        List<String> reasons = PasswordPolicy.violations(newPassword, account.getEmail());
        if (!reasons.isEmpty()) {
            throw new PasswordRejectedException("next", reasons);
        }
        account.changePasswordHash(hasher.hash(newPassword), clock.instant());
        int epoch = safeguards.endSessions(account, false);
        mails.passwordChanged(account);
        audit.record("PASSWORD_CHANGED", "ACCOUNT", account.getId(), null);
        return epoch;
    }

    /** The language the caller's mails and notifications are written in. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void changeLocale(@NotNull Locale locale) {
        activeOrThrow(callerId()).changeLocale(locale);
    }

    /**
     * Deletes the caller's own account once its password confirms it: email and hash erased, name "anonymous",
     * roles gone. Contributions stay, since they belong to the town's public debate.
     */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void deleteOwnAccount(@NotNull String password) {
        Account account = activeOrThrow(callerId());
        passwords.check(account, password, "password");
        account.anonymise(clock.instant());
        audit.record("ACCOUNT_DELETED", "ACCOUNT", account.getId(), null);
        deleted.fire(new AccountDeleted(account.getId()));
    }

    /** What anyone may know of an account: its display name, and whether it speaks as an elected official. */
    public record PublicProfile(String displayName, boolean official) {
    }

    /** Public profiles of many accounts in one query (a comment thread's authors); deleted ones read "anonymous". */
    @PermitAll
    public Map<Long, PublicProfile> publicProfiles(@NotNull Collection<Long> ids) {
        Map<Long, PublicProfile> profiles = new HashMap<>();
        if (ids.isEmpty()) {
            return profiles;
        }
        List<Long> distinct = ids.stream().distinct().toList();
        Set<Long> officials = new HashSet<>(em.createQuery(
                        "SELECT a.id FROM Account a JOIN a.roles r WHERE a.id IN :ids AND r = :official", Long.class)
                .setParameter("ids", distinct).setParameter("official", Role.OFFICIAL).getResultList());
        em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", distinct).getResultList()
                .forEach(r -> profiles.put((Long) r[0], new PublicProfile((String) r[1], officials.contains((Long) r[0]))));
        return profiles;
    }

    /**
     * A moderator blocks an account: it can no longer sign in (its sessions end at their next request, its tokens
     * stop working), and the features that show what it wrote hide it ({@link AccountBlocked}, in this transaction).
     * Administrators cannot be blocked, nor can one block oneself.
     */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public Account block(long accountId, @NotNull String reason) {
        Account account = activeOrThrow(accountId);
        if (account.getId() == callerId() || account.getRoles().contains(Role.ADMIN)) {
            throw new BlockRefusedException();
        }
        account.block(reason.strip(), clock.instant());
        blocked.fire(new AccountBlocked(account.getId()));
        return account;
    }

    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public Account unblock(long accountId) {
        Account account = activeOrThrow(accountId);
        account.unblock();
        unblocked.fire(new AccountUnblocked(account.getId()));
        return account;
    }

    /** An account as moderators see it (blocked or not), unless deleted. */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public Optional<Account> findForModeration(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null || account.isDeleted() ? Optional.empty() : Optional.of(account);
    }

    /**
     * The roles an account acts with now; empty when it may no longer act (deleted or blocked) or when the session
     * signed in under an older generation (its sessions were ended since). Asked at every request of a signed-in
     * browser, so a change counts at once.
     */
    @PermitAll
    public Optional<Set<Role>> currentRoles(long accountId, int sessionEpoch) {
        Account account = em.find(Account.class, accountId);
        return account == null || account.isDeleted() || account.isBlocked()
                || account.getSessionEpoch() != sessionEpoch ? Optional.empty() : Optional.of(account.getRoles());
    }

    /** The generation of sign-ins a session of this account holds when it signs in now. */
    @PermitAll
    public int sessionEpoch(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? -1 : account.getSessionEpoch();
    }

    /** How many people have an active account: the home page shows it. */
    @PermitAll
    public long countActive() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.deletedAt IS NULL", Long.class)
                .getSingleResult();
    }

    /** An account as a list of people to choose from shows it. */
    public record Holder(long id, String displayName) {
    }

    /** The active accounts holding {@code role}, by name (500 at most): the people a task may be given to. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<Holder> holders(@NotNull Role role) {
        return em.createQuery("SELECT a.id, a.displayName FROM Account a JOIN a.roles r WHERE r = :role"
                        + " AND a.deletedAt IS NULL AND a.blockedAt IS NULL ORDER BY LOWER(a.displayName), a.id",
                        Object[].class)
                .setParameter("role", role).setMaxResults(500).getResultList().stream()
                .map(r -> new Holder((Long) r[0], (String) r[1])).toList();
    }

    /** A page of active accounts whose name or email contains {@code text} (any case). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AccountRow> search(String text, Sort sort, int first, int pageSize) {
        String order = sort == Sort.NEWEST ? "a.createdAt DESC, a.id DESC" : "LOWER(a.displayName), a.id";
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT a.id, a.displayName, a.email, a.createdAt FROM Account a WHERE a.deletedAt IS NULL"
                        + searchClause(text) + " ORDER BY " + order, Object[].class);
        bindSearch(query, text);
        List<Object[]> rows = query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        em.createQuery("SELECT a.id, r FROM Account a JOIN a.roles r WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
                .getResultList()
                .forEach(r -> roles.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(Role.class)).add((Role) r[1]));
        return rows.stream().map(r -> new AccountRow((Long) r[0], (String) r[1], (String) r[2],
                (Instant) r[3], roles.getOrDefault((Long) r[0], EnumSet.noneOf(Role.class)))).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long count(String text) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(a) FROM Account a WHERE a.deletedAt IS NULL" + searchClause(text), Long.class);
        bindSearch(query, text);
        return query.getSingleResult();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void grantRole(long accountId, @NotNull Role role) {
        Account account = activeOrThrow(accountId);
        if (!account.getRoles().contains(role)) {
            account.grant(role);
            audit.record("GRANT_ROLE", "ACCOUNT", accountId, role.name());
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void revokeRole(long accountId, @NotNull Role role) {
        if (role == Role.ADMIN && accountId == callerId()) {
            throw new OwnAdminRoleException();
        }
        Account account = activeOrThrow(accountId);
        if (account.getRoles().contains(role)) {
            account.revoke(role);
            audit.record("REVOKE_ROLE", "ACCOUNT", accountId, role.name());
        }
    }

    /**
     * What accounts whose address is not confirmed yet may do besides reading and drafting; read back through
     * {@link ConfirmationRules}.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void setUnconfirmedMay(@NotNull Set<ConfirmationRules.Action> actions) {
        String value = ConfirmationRules.format(actions);
        settings.put(ConfirmationRules.SETTING, value);
        audit.record("UNCONFIRMED_RULES_CHANGED", "SETTING", 0, value);
    }

    /** The signed-in account's id: the identity store makes it the caller principal's name. */
    private long callerId() {
        return Callers.accountId(session).orElseThrow(AccountNotFoundException::new);
    }

    private Account activeOrThrow(long id) {
        return findActive(id).orElseThrow(AccountNotFoundException::new);
    }

    private static String searchClause(String text) {
        return text == null || text.isBlank() ? ""
                : " AND (LOWER(a.displayName) LIKE :pattern ESCAPE '\\' OR a.emailKey LIKE :pattern ESCAPE '\\')";
    }

    private static void bindSearch(TypedQuery<?> query, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = text.trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("pattern", "%" + escaped + "%");
        }
    }
}
