package org.civitas.platform;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a scanner sends that the portal cannot read: a forged form state, an encoded slash in the address, a date
 * beyond the calendar. Each is the caller's mistake: a 400 with a page or a problem, no stack trace in the answer,
 * and one line in the server's log rather than a stack trace.
 */
@ExtendWith(Portal.class)
class BadRequestsIT {

    private static final Pattern STACK = Pattern.compile("\\bat (java|jakarta|org|com)\\.[a-z]+\\.[A-Za-z.$]+\\(");
    private static final Pattern LOGGED_STACK = Pattern.compile("^\\s+at [a-z]+\\.");

    private final URL base = Portal.base();

    @Test
    void unreadableRequestsAre400sWithOneLogLine() throws Exception {
        List<String> before = Files.readAllLines(Portal.log());
        PortalClient visitor = new PortalClient(base.toURI());

        HttpResponse<String> forged = visitor.send(HttpRequest.newBuilder(visitor.resolve("index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=stateless&x=1")).build());
        clean(forged, 400);
        assertTrue(forged.body().contains("Demande incorrecte"), forged.body());

        // A form of a page that keeps state, posted back without its script nonce, then with a wrong one
        PortalClient signingIn = new PortalClient(base.toURI());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(signingIn.get("signin.xhtml").body());
        assertTrue(state.find());
        for (String nonce : List.of("", "&primefaces.nonce=forged")) {
            HttpResponse<String> noNonce = signingIn.send(HttpRequest.newBuilder(signingIn.resolve("signin.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("signInForm_SUBMIT=1&email=a%40b.example&password=wrong"
                            + "&submit=submit&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                            + nonce)).build());
            clean(noNonce, 400);
        }

        for (String address : List.of("admin%2faudit.xhtml", "api/proposals%2F1", "proposals%2f1")) {
            HttpResponse<String> encoded = visitor.send(HttpRequest.newBuilder(URI.create(base + address)).GET().build());
            clean(encoded, 400);
        }

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "2026-02-30")) {
            HttpResponse<String> export = admin.get("dashboard/export?format=csv&to=" + date);
            clean(export, 400);
            assertTrue(export.body().contains("n’est pas un jour valide"), export.body());
        }
        assertEquals(200, admin.get("dashboard/export?format=csv&from=2026-01-01&to=2026-01-31").statusCode());
        assertEquals(200, admin.get("dashboard/index.xhtml?to=-999999999-01-01").statusCode(),
                "the page falls back to the last 30 days");

        List<String> after = Files.readAllLines(Portal.log());
        List<String> added = after.subList(Math.min(before.size(), after.size()), after.size());
        assertFalse(added.stream().anyMatch(line -> LOGGED_STACK.matcher(line).find()),
                "no stack trace in the log:\n" + String.join("\n", added));
        assertEquals(1, added.stream().filter(line -> line.contains("400 for a form whose state could not be restored")).count(),
                String.join("\n", added));
        assertEquals(3, added.stream().filter(line -> line.contains("400 for an improperly encoded address")).count(),
                String.join("\n", added));
        assertEquals(2, added.stream().filter(line -> line.contains("400 for a form posted without its page's script nonce")).count(),
                String.join("\n", added));
    }

    /**
     * What sqlmap and wapiti sent that a browser never does, once answered 500: a form posted without its fields
     * (not even empty), and a form posted with two of its buttons. The fields are refused as if sent empty; of two
     * buttons, the first runs.
     */
    @Test
    void formsPostedWithoutTheirFieldsOrWithTwoButtonsAreAnsweredOnThePage() throws Exception {
        List<String> before = Files.readAllLines(Portal.log());
        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> noFields = visitor.submitForm("signin.xhtml", "signInForm", "submit", Map.of());
        clean(noFields, 200);
        assertTrue(noFields.body().contains("ce champ est obligatoire"), noFields.body());

        // A form refused for its nonce changed nothing: the right password posted with a forged nonce signs nobody in
        PortalClient forging = new PortalClient(base.toURI());
        String email = PortalClient.uniqueEmail("nonce");
        assertEquals(204, forging.sendJson("POST", "api/test-fixtures/citizen?email=" + URLEncoder.encode(email,
                StandardCharsets.UTF_8) + "&name=Nonce", null).statusCode());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(forging.get("signin.xhtml").body());
        assertTrue(state.find());
        HttpResponse<String> forged = forging.send(HttpRequest.newBuilder(forging.resolve("signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signInForm_SUBMIT=1&email=" + URLEncoder.encode(email,
                        StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD,
                        StandardCharsets.UTF_8) + "&submit=submit&primefaces.nonce=forged&jakarta.faces.ViewState="
                        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8))).build());
        clean(forged, 400);
        assertEquals(401, forging.get("api/me").statusCode(), "not signed in");

        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteure Pressée");
        HttpResponse<String> created = author.sendJson("POST", "api/proposals",
                TestProposals.json("Deux boutons à la fois", "environnement", null));
        long draft = TestProposals.number(created.body(), "id");
        String edit = "proposal/edit.xhtml?id=" + draft;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", String.valueOf(draft));
        fields.put("title", "Deux boutons à la fois, enregistrés");
        fields.put("summary", "Un résumé assez long pour passer la règle.");
        fields.put("body", "Un texte assez long pour passer la règle de longueur minimale du corps.");
        fields.put("themeCode", "environnement");
        fields.put("districtCode", "town");
        fields.put("save", "Enregistrer");
        HttpResponse<String> both = author.submitForm(edit, "proposalForm", "publish", fields);
        assertEquals(302, both.statusCode(), both.body());
        assertTrue(author.get("api/proposals/" + draft).body().contains("Deux boutons à la fois, enregistrés"));

        List<String> after = Files.readAllLines(Portal.log());
        List<String> added = after.subList(Math.min(before.size(), after.size()), after.size());
        assertFalse(added.stream().anyMatch(line -> LOGGED_STACK.matcher(line).find() || line.contains(" 500 for ")),
                "no 500, no stack trace in the log:\n" + String.join("\n", added));
        assertEquals(1, added.stream().filter(line -> line.contains("a second button (save) in one post")).count(),
                String.join("\n", added));
        assertEquals(1, added.stream().filter(line -> line.contains("a second button")).count(), String.join("\n", added));
        assertFalse(added.stream().anyMatch(line -> line.contains("Sign-in SIGNED_IN") && line.contains("nonce")));
    }

    private static void clean(HttpResponse<String> response, int expected) {
        assertEquals(expected, response.statusCode(), response.uri() + ": " + response.body());
        assertFalse(STACK.matcher(response.body()).find(), response.body());
    }
}
