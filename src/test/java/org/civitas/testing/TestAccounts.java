package org.civitas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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

    /** A new account given a role (MODERATOR, OFFICIAL...) by the test fixtures, signed in on a client of its own. */
    public static PortalClient signedInWithRole(URI base, String displayName, String role) {
        PortalClient registering = new PortalClient(base);
        String email = registering.registerNewCitizen(displayName);
        int granted = registering.sendJson("POST", "api/test-fixtures/grant?role=" + role + "&email=" + email, null)
                .statusCode();
        if (granted != 204) {
            throw new IllegalStateException("Cannot grant " + role + ": " + granted);
        }
        PortalClient client = new PortalClient(base);
        int signedIn = client.signIn(email, PASSWORD).statusCode();
        if (signedIn != 302) {
            throw new IllegalStateException("Cannot sign in the new " + role + ": " + signedIn);
        }
        return client;
    }

    /**
     * Creates a read-only personal access token on the tokens page of a signed-in client (reached from the account
     * page, as a person does) and returns its secret, shown once.
     */
    public static String createReadToken(PortalClient client, String name) {
        Matcher link = Pattern.compile("href=\"([^\"]*account/tokens\\.xhtml[^\"]*)\"")
                .matcher(client.get("account/index.xhtml").body());
        if (!link.find()) {
            throw new IllegalStateException("The account page does not link to the tokens");
        }
        String path = link.group(1).replace("&amp;", "&").substring(client.base().getPath().length());
        HttpResponse<String> created = client.submitForm(path, "tokenForm", "createToken",
                Map.of("tokenName", name, "tokenScope", "READ", "tokenDays", "30"));
        Matcher token = Pattern.compile("value=\"(cvt_[A-Za-z0-9_-]+)\"").matcher(created.body());
        if (!token.find()) {
            throw new IllegalStateException("No token shown after creating one: " + created.statusCode());
        }
        return token.group(1);
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
