package org.civitas.accounts;

import org.civitas.platform.Texts;
import org.civitas.testing.AllAtOnce;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account service and identity store in the real server, on the real database: registration through the form,
 * the sign-in rules and the identity store reached through the test fixtures (which let a test choose the address a
 * sign-in comes from; every HTTP request of the tests comes from 127.0.0.1).
 */
@ExtendWith(Portal.class)
class AccountServiceIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;
    /** CIVITAS_SIGNIN_IP_MAX_FAILURES of the test server (src/test/liberty/server.env). */
    private static final int IP_MAX_FAILURES = 200;

    private final URI base = URI.create(Portal.base().toString());
    private final PortalClient fixtures = new PortalClient(base);

    private static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + r.nextInt(256);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Registers through the form, as a person would; true when the portal took it (and signed the person in). */
    private boolean register(String email, String password) {
        int status = new PortalClient(base).register("Camille Test", email, password).statusCode();
        return status == 302 || status == 303;
    }

    private String fixture(String method, String path) {
        HttpResponse<String> response = fixtures.sendJson(method, "api/test-fixtures/" + path, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private String signIn(String email, String password, String ip) {
        return fixture("POST", "sign-in?email=" + q(email) + "&password=" + q(password) + "&ip=" + ip);
    }

    private static String status(String json) {
        return json.replaceAll("(?s).*\"status\"\\s*:\\s*\"([A-Z_]+)\".*", "$1");
    }

    @Test
    void registrationStoresAPbkdf2HashWith600000IterationsAndTheCitizenRole() {
        String email = PortalClient.uniqueEmail("hash");
        assertTrue(register(email, PASSWORD));
        String stored = fixture("GET", "account?email=" + q(email));
        assertTrue(stored.contains("\"hash\":\"PBKDF2WithHmacSHA256:600000\""), stored);
        assertTrue(stored.contains("\"roles\":[\"CITIZEN\"]"), stored);
    }

    @Test
    void emailIsUniqueWhateverItsCase() {
        String email = PortalClient.uniqueEmail("unique");
        assertTrue(register(email, PASSWORD));
        HttpResponse<String> again = new PortalClient(base).register("Camille Bis", email.toUpperCase(Locale.ROOT), PASSWORD);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains(Texts.get(Locale.FRENCH, "account.emailTaken")),
                "the form says the email is taken");
        assertTrue(fixture("GET", "accounts-of?email=" + q(email)).contains("\"count\":1"));
    }

    @Test
    void simultaneousRegistrationsOfOneEmailLeaveExactlyOneAccount() throws Exception {
        String email = PortalClient.uniqueEmail("race");
        List<Boolean> taken = AllAtOnce.run(6, i -> () -> register(email, PASSWORD));
        assertEquals(1, taken.stream().filter(t -> t).count(), taken.toString());
        assertTrue(fixture("GET", "accounts-of?email=" + q(email)).contains("\"count\":1"));
    }

    @Test
    void weakPasswordIsRefusedWithEveryReason() {
        String email = PortalClient.uniqueEmail("weak");
        HttpResponse<String> page = new PortalClient(base).register("Camille", email, "qwerty");
        assertEquals(200, page.statusCode());
        for (String reason : List.of("password.tooShort", "password.tooCommon")) {
            assertTrue(page.body().contains(Texts.get(Locale.FRENCH, reason)), reason);
        }
        assertTrue(fixture("GET", "accounts-of?email=" + q(email)).contains("\"count\":0"));
    }

    @Test
    void rightPasswordSignsInAndWrongOneIsRefused() {
        String email = PortalClient.uniqueEmail("signin");
        assertTrue(register(email, PASSWORD));
        String id = fixture("POST", "account-id?email=" + q(email)).replaceAll("\\D", "");
        String ip = randomIp();
        String ok = signIn(email.toUpperCase(Locale.ROOT), PASSWORD, ip);
        assertEquals("SIGNED_IN", status(ok));
        assertTrue(ok.contains("\"accountId\":" + id), ok);
        assertEquals("REFUSED", status(signIn(email, PASSWORD + "x", ip)));
        assertEquals("REFUSED", status(signIn(PortalClient.uniqueEmail("nobody"), PASSWORD, ip)));
    }

    @Test
    void fiveFailuresLockTheEmailEvenAgainstTheRightPassword() {
        String email = PortalClient.uniqueEmail("lock");
        assertTrue(register(email, PASSWORD));
        for (int i = 0; i < 4; i++) {
            assertEquals("REFUSED", status(signIn(email, "wrong password " + i, randomIp())));
        }
        assertEquals("LOCKED", status(signIn(email, "wrong password 5", randomIp())));
        String right = signIn(email, PASSWORD, randomIp());
        assertEquals("LOCKED", status(right));
        assertTrue(right.contains("\"accountId\":-1"), "a locked sign-in names no account: " + right);
    }

    @Test
    void successForgivesEarlierFailuresOfTheEmail() {
        String email = PortalClient.uniqueEmail("forgive");
        assertTrue(register(email, PASSWORD));
        for (int i = 0; i < 4; i++) {
            signIn(email, "wrong password " + i, randomIp());
        }
        assertEquals("SIGNED_IN", status(signIn(email, PASSWORD, randomIp())));
        // Four more failures would have made nine; after forgiveness they make four: no lock.
        for (int i = 0; i < 4; i++) {
            assertEquals("REFUSED", status(signIn(email, "wrong again " + i, randomIp())));
        }
    }

    @Test
    void anAddressWithTooManyFailuresIsLockedForEveryEmail() {
        String email = PortalClient.uniqueEmail("ip");
        assertTrue(register(email, PASSWORD));
        String ip = randomIp();
        HttpResponse<String> recorded = fixtures.sendJson("POST", "api/test-fixtures/sign-in-failure?ip=" + ip + "&count="
                + IP_MAX_FAILURES, null);
        assertEquals(204, recorded.statusCode(), recorded.body());
        assertEquals("LOCKED", status(signIn(email, PASSWORD, ip)));
        assertEquals("SIGNED_IN", status(signIn(email, PASSWORD, randomIp())));
    }

    @Test
    void identityStoreNamesTheCallerByIdWithRolesAsGroups() {
        String email = PortalClient.uniqueEmail("store");
        assertTrue(register(email, PASSWORD));
        String id = fixture("POST", "account-id?email=" + q(email)).replaceAll("\\D", "");
        String valid = fixture("POST", "identity-store?email=" + q(email) + "&password=" + q(PASSWORD));
        assertEquals("VALID", status(valid));
        assertTrue(valid.contains("\"caller\":\"" + id + "\""), valid);
        assertTrue(valid.contains("\"groups\":[\"CITIZEN\"]"), valid);
        assertEquals("INVALID", status(fixture("POST", "identity-store?email=" + q(email) + "&password=nope+nope+nope")));
    }

    @Test
    void administrativeOperationsNeedTheAdminRole() {
        PortalClient citizen = new PortalClient(base);
        String email = citizen.registerNewCitizen("Pas Admin");
        String id = fixture("POST", "account-id?email=" + q(email)).replaceAll("\\D", "");
        for (PortalClient caller : List.of(new PortalClient(base), citizen)) {
            HttpResponse<String> tried = caller.sendJson("POST", "api/test-fixtures/admin-operations?account=" + id, null);
            assertEquals(200, tried.statusCode(), tried.body());
            assertTrue(tried.body().contains("\"grantRole\":\"EJBAccessException\""), tried.body());
            assertTrue(tried.body().contains("\"search\":\"EJBAccessException\""), tried.body());
        }
        assertTrue(fixture("GET", "account?email=" + q(email)).contains("\"roles\":[\"CITIZEN\"]"));
    }

    @Test
    void countOfActiveAccountsGrowsWithRegistrations() {
        long before = Long.parseLong(fixture("GET", "active-accounts").replaceAll("\\D", ""));
        assertTrue(register(PortalClient.uniqueEmail("count"), PASSWORD));
        long after = Long.parseLong(fixture("GET", "active-accounts").replaceAll("\\D", ""));
        assertTrue(after >= before + 1, before + " then " + after);
    }
}
