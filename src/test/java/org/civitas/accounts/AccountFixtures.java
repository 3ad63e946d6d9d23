package org.civitas.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Test-only: many citizens at once, with a cheap password hash (1,024 iterations, Liberty's minimum, recorded in the
 * hash, so sign-in verifies it as cheaply), and the sign-in rules reached from a chosen address. Only in the WAR the
 * integration tests run, never in the portal's.
 */
@Stateless
public class AccountFixtures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    private AccountService accounts;

    @Inject
    private SignInGuard guard;

    @Inject
    private RegistrationGuard registrationGuard;

    @Inject
    private AccountIdentityStore identityStore;

    @PostConstruct
    void init() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "1024"));
    }

    public long idOf(String email) {
        return byEmail(email).getId();
    }

    /** Grants a role to the account with this email. */
    public void grant(String email, Role role) {
        byEmail(email).grant(role);
    }

    public void revoke(String email, Role role) {
        byEmail(email).revoke(role);
    }

    /**
     * Creates {@code count} citizens whose emails start with {@code prefix}, all with {@code password}, registered
     * {@code daysAgo} days ago (0: now; reports of new accounts do not hide anything).
     */
    public List<String> citizens(String prefix, int count, String password, int daysAgo) {
        String stored = hash.generate(password.toCharArray());
        List<String> emails = new ArrayList<>(count);
        Instant now = Instant.now().minus(Duration.ofDays(daysAgo));
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@civitas.test";
            Account account = new Account(email, "Citoyen " + i, stored, Locale.FRENCH, now);
            account.confirmEmail(now);
            em.persist(account);
            emails.add(email);
        }
        return emails;
    }

    /** One citizen with a display name of the test's choosing, registered {@code daysAgo} days ago. */
    public void citizen(String email, String displayName, String password, int daysAgo) {
        Instant registered = Instant.now().minus(Duration.ofDays(daysAgo));
        Account account = new Account(email, displayName, hash.generate(password.toCharArray()), Locale.FRENCH,
                registered);
        account.confirmEmail(registered);
        em.persist(account);
    }

    /**
     * Marks the address of an account registered through the form as confirmed: for tests about something else than
     * confirmation (which is tested through its mail and page).
     */
    public void confirmEmail(String email) {
        byEmail(email).confirmEmail(Instant.now());
    }

    /** Counts a registration from an address as the form does, with or without a proof; whether it was proven. */
    public boolean admitRegistration(String ip, String challenge, String answer) {
        return registrationGuard.admit(ip, challenge, answer);
    }

    /** The head of the stored hash (algorithm and iterations, never the salt or key), the roles, and confirmation. */
    public Map<String, Object> describe(String email) {
        Account account = byEmail(email);
        String[] hashParts = account.getPasswordHash().split(":");
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("hash", hashParts[0] + ":" + hashParts[1]);
        described.put("roles", new TreeSet<>(account.getRoles().stream().map(Role::name).toList()));
        described.put("confirmed", account.isEmailConfirmed());
        return described;
    }

    public long countByEmail(String email) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.emailKey = :k", Long.class)
                .setParameter("k", Account.emailKey(email)).getSingleResult();
    }

    public Map<String, Object> signIn(String email, String password, String ip) {
        SignInOutcome outcome = accounts.signIn(email, password, ip);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", outcome.status().name());
        result.put("accountId", outcome.accountId() == null ? -1 : outcome.accountId());
        return result;
    }

    public void recordFailure(String email, String ip) {
        guard.recordFailure(email, ip);
    }

    public Map<String, Object> validate(String email, String password) {
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(email, password));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", result.getStatus().name());
        answer.put("caller", result.getCallerPrincipal() == null ? "" : result.getCallerPrincipal().getName());
        answer.put("groups", new TreeSet<>(result.getCallerGroups()));
        return answer;
    }

    /** Runs administrators' operations as the calling request's identity and reports how each ended. */
    public Map<String, String> tryAdminOperations(long accountId) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("grantRole", outcome(() -> accounts.grantRole(accountId, Role.ADMIN)));
        outcomes.put("search", outcome(() -> accounts.search(null, AccountService.Sort.NAME, 0, 20)));
        outcomes.put("changePassword", outcome(() -> accounts.changePassword("a long test password 2026",
                "another long password")));
        return outcomes;
    }

    private static String outcome(Runnable operation) {
        try {
            operation.run();
            return "allowed";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    public long countActive() {
        return accounts.countActive();
    }

    private Account byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class).setParameter("emailKey", Account.emailKey(email))
                .getSingleResult();
    }

    /** The token that starts so ends now, as if its lifetime had passed; returns how many tokens that was. */
    public int expireToken(String tokenStart) {
        return em.createQuery("UPDATE AccessToken t SET t.expiresAt = :past WHERE t.tokenStart = :start")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("start", tokenStart).executeUpdate();
    }
}
