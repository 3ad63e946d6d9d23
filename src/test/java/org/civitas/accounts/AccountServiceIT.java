package org.civitas.accounts;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.civitas.testing.Deployments;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account service and identity store inside the real server, on the real database. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "un mot de passe assez long";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("civitas-accounts-it", AccountServiceIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private SignInGuard guard;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private TestDatabase database;

    @Inject
    @ConfigProperty(name = "civitas.signin.ip-max-failures", defaultValue = "20")
    private int ipMaxFailures;

    private static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + r.nextInt(256);
    }

    private Account register(String email) {
        return accounts.register(new Registration("Camille Test", email, PASSWORD, Locale.FRENCH));
    }

    @Test
    void registrationStoresAPbkdf2HashWith600000IterationsAndTheCitizenRole() {
        Account account = register(PortalClient.uniqueEmail("hash"));
        Account stored = accounts.findActive(account.getId()).orElseThrow();
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:600000:"), stored.getPasswordHash());
        assertTrue(!stored.getPasswordHash().contains(PASSWORD));
        assertEquals(Set.of(Role.CITIZEN), stored.getRoles());
    }

    @Test
    void emailIsUniqueWhateverItsCase() {
        String email = PortalClient.uniqueEmail("unique");
        register(email);
        assertThrows(EmailTakenException.class, () -> register(email.toUpperCase(Locale.ROOT)));
    }

    @Test
    void simultaneousRegistrationsOfOneEmailLeaveExactlyOneAccount() throws Exception {
        String email = PortalClient.uniqueEmail("race");
        int attempts = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Callable<Object> call = () -> {
                    start.await();
                    try {
                        return register(email);
                    } catch (RuntimeException e) {
                        return e;
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            int created = 0;
            for (Future<Object> result : results) {
                Object outcome = result.get();
                if (outcome instanceof Account) {
                    created++;
                } else {
                    assertInstanceOf(EmailTakenException.class, outcome, String.valueOf(outcome));
                }
            }
            assertEquals(1, created);
            assertEquals(1L, database.count("SELECT COUNT(a) FROM Account a WHERE a.emailKey = :k",
                    java.util.Map.of("k", Account.emailKey(email))));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void weakPasswordIsRefusedWithEveryReason() {
        PasswordRejectedException e = assertThrows(PasswordRejectedException.class, () -> accounts.register(
                new Registration("Camille", PortalClient.uniqueEmail("weak"), "qwerty", Locale.FRENCH)));
        assertEquals(List.of("password.tooShort", "password.tooCommon"), e.getReasons());
    }

    @Test
    void rightPasswordSignsInAndWrongOneIsRefused() {
        String email = PortalClient.uniqueEmail("signin");
        Account account = register(email);
        String ip = randomIp();
        SignInOutcome ok = accounts.signIn(email.toUpperCase(Locale.ROOT), PASSWORD, ip);
        assertEquals(SignInOutcome.Status.SIGNED_IN, ok.status());
        assertEquals(account.getId(), ok.accountId());
        assertEquals(SignInOutcome.Status.REFUSED, accounts.signIn(email, PASSWORD + "x", ip).status());
        assertEquals(SignInOutcome.Status.REFUSED, accounts.signIn(PortalClient.uniqueEmail("nobody"), PASSWORD, ip).status());
    }

    @Test
    void fiveFailuresLockTheEmailEvenAgainstTheRightPassword() {
        String email = PortalClient.uniqueEmail("lock");
        register(email);
        for (int i = 0; i < 4; i++) {
            assertEquals(SignInOutcome.Status.REFUSED, accounts.signIn(email, "wrong password " + i, randomIp()).status());
        }
        SignInOutcome fifth = accounts.signIn(email, "wrong password 5", randomIp());
        assertEquals(SignInOutcome.Status.LOCKED, fifth.status());
        SignInOutcome right = accounts.signIn(email, PASSWORD, randomIp());
        assertEquals(SignInOutcome.Status.LOCKED, right.status());
        assertNull(right.accountId());
        assertTrue(guard.lockedUntil(email, randomIp()).isPresent());
    }

    @Test
    void successForgivesEarlierFailuresOfTheEmail() {
        String email = PortalClient.uniqueEmail("forgive");
        register(email);
        for (int i = 0; i < 4; i++) {
            accounts.signIn(email, "wrong password " + i, randomIp());
        }
        assertEquals(SignInOutcome.Status.SIGNED_IN, accounts.signIn(email, PASSWORD, randomIp()).status());
        // Four more failures would have made nine; after forgiveness they make four: no lock.
        for (int i = 0; i < 4; i++) {
            assertEquals(SignInOutcome.Status.REFUSED, accounts.signIn(email, "wrong again " + i, randomIp()).status());
        }
    }

    @Test
    void anAddressWithTooManyFailuresIsLockedForEveryEmail() {
        String email = PortalClient.uniqueEmail("ip");
        register(email);
        String ip = randomIp();
        for (int i = 0; i < ipMaxFailures; i++) {
            guard.recordFailure(PortalClient.uniqueEmail("spray"), ip);
        }
        assertEquals(SignInOutcome.Status.LOCKED, accounts.signIn(email, PASSWORD, ip).status());
        assertEquals(SignInOutcome.Status.SIGNED_IN, accounts.signIn(email, PASSWORD, randomIp()).status());
    }

    @Test
    void identityStoreNamesTheCallerByIdWithRolesAsGroups() {
        String email = PortalClient.uniqueEmail("store");
        Account account = register(email);
        CredentialValidationResult valid = identityStore.validate(new UsernamePasswordCredential(email, PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(account.getId().toString(), valid.getCallerPrincipal().getName());
        assertEquals(Set.of("CITIZEN"), valid.getCallerGroups());
        CredentialValidationResult invalid = identityStore.validate(new UsernamePasswordCredential(email, "nope nope nope"));
        assertEquals(CredentialValidationResult.Status.INVALID, invalid.getStatus());
    }

    @Test
    void administrativeOperationsNeedTheAdminRole() {
        Account account = register(PortalClient.uniqueEmail("noadmin"));
        assertThrows(EJBAccessException.class, () -> accounts.grantRole(account.getId(), Role.ADMIN));
        assertThrows(EJBAccessException.class, () -> accounts.search(null, AccountService.Sort.NAME, 0, 20));
        assertThrows(EJBAccessException.class, () -> accounts.changePassword(PASSWORD, "another long password"));
        assertEquals(Set.of(Role.CITIZEN), accounts.findActive(account.getId()).orElseThrow().getRoles());
    }

    @Test
    void countOfActiveAccountsGrowsWithRegistrations() {
        long before = accounts.countActive();
        register(PortalClient.uniqueEmail("count"));
        assertTrue(accounts.countActive() >= before + 1);
    }
}
