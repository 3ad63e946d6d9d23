package org.civitas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials the tests share. The admin email is in CIVITAS_ADMIN_EMAILS in the failsafe setup: it becomes ADMIN once
 * its address is confirmed, by the link the server writes in its log for it.
 */
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
            confirmFirstAdmin(client);
        }
    }

    /** Follows the first administrator's confirmation link the server wrote in its log, as a town's IT team would. */
    private static void confirmFirstAdmin(PortalClient client) {
        Pattern line = Pattern.compile("First administrator: account \\d+ registered.*/confirm(?:\\.xhtml)?\\?(token=[A-Za-z0-9_-]+)");
        String query = null;
        try {
            for (String logLine : Files.readAllLines(Portal.log())) {
                Matcher m = line.matcher(logLine);
                if (m.find()) {
                    query = m.group(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (query == null) {
            throw new IllegalStateException("No first-administrator link in the server log");
        }
        HttpResponse<String> confirmed = client.submitForm("confirm.xhtml?" + query + "&what=email", "confirmForm",
                "confirm", Map.of());
        if (confirmed.statusCode() / 100 != 3) {
            throw new IllegalStateException("Cannot confirm the test administrator: " + confirmed.statusCode());
        }
    }
}
