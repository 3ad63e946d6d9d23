package org.civitas.testing;

import java.net.http.HttpResponse;

/** Credentials the tests share. The admin email is made ADMIN by CIVITAS_ADMIN_EMAILS in the failsafe setup. */
public final class TestAccounts {

    public static final String PASSWORD = "a long test password 2026";
    public static final String ADMIN_EMAIL = "it-admin@civitas.test";

    private TestAccounts() {
    }

    /** Signs the client in as the test administrator, registering it on a database that does not have it yet. */
    public static void signInAsAdmin(PortalClient client) {
        HttpResponse<String> response = client.signIn(ADMIN_EMAIL, PASSWORD);
        if (response.statusCode() / 100 != 3) {
            response = client.register("IT Admin", ADMIN_EMAIL, PASSWORD);
            if (response.statusCode() / 100 != 3) {
                throw new IllegalStateException("Cannot register the test administrator: " + response.statusCode());
            }
        }
    }
}
