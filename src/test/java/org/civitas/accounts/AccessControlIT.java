package org.civitas.accounts;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may open which page, and how sessions behave, over real HTTP as a browser would speak it. */
@ExtendWith(Portal.class)
class AccessControlIT {

    private final URL base = Portal.base();

    private PortalClient client() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static void assertRedirectsToSignIn(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.uri().toString());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/signin"),
                response.headers().firstValue("Location").orElse("(none)"));
    }

    @Test
    void anonymousVisitorIsSentToSignInFromAccountAndAdminPages() throws Exception {
        PortalClient anonymous = client();
        for (String page : List.of("admin/accounts.xhtml", "account/index.xhtml", "account/password.xhtml",
                "account/delete.xhtml")) {
            assertRedirectsToSignIn(anonymous.get(page));
        }
    }

    @Test
    void citizenIsRefusedTheAdminPages() throws Exception {
        PortalClient citizen = client();
        citizen.registerNewCitizen("Citoyenne Test");
        List<String> before = Files.readAllLines(Portal.log());
        HttpResponse<String> response = citizen.get("admin/accounts.xhtml");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Accès refusé"), response.body());
        assertNoStackTrace(response);
        assertEquals(200, citizen.get("account/index.xhtml").statusCode());
        // A refused access is logged in one line, with who asked
        List<String> after = Files.readAllLines(Portal.log());
        List<String> added = after.subList(Math.min(before.size(), after.size()), after.size());
        assertEquals(1, added.stream().filter(line -> line.contains("403 for GET /admin/accounts.xhtml, account ")).count(),
                String.join("\n", added));
    }

    @Test
    void wrongCurrentPasswordsCountWithFailedSignIns() throws Exception {
        PortalClient citizen = client();
        String email = citizen.registerNewCitizen("Citoyen Oublieux");
        String page = "account/password.xhtml";
        Map<String, String> wrong = Map.of("current", "not my password at all", "next", "another long password 2026",
                "confirmation", "another long password 2026");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = citizen.submitForm(page, "passwordForm", "submit", wrong);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("Le mot de passe actuel est incorrect"), refused.body());
        }
        // The sixth check is refused even with the right password, and so is a sign-in
        HttpResponse<String> locked = citizen.submitForm(page, "passwordForm", "submit", Map.of("current",
                TestAccounts.PASSWORD, "next", "another long password 2026", "confirmation", "another long password 2026"));
        assertTrue(locked.body().contains("la vérification du mot de passe est suspendue"), locked.body());
        HttpResponse<String> signIn = client().signIn(email, TestAccounts.PASSWORD);
        assertEquals(200, signIn.statusCode());
        assertTrue(signIn.body().contains("Trop de tentatives de connexion"), signIn.body());
    }

    @Test
    void anAdministrationPageOpensFromABookmarkForTheRightRoleOnly() throws Exception {
        PortalClient admin = client();
        TestAccounts.signInAsAdmin(admin);
        assertTrue(admin.get("index.xhtml").body().contains("admin/index.xhtml\""), "the menu links to the administration");
        assertTrue(admin.get("admin/index.xhtml").body().contains("admin/accounts.xhtml\""),
                "the administration home links to the page by its plain address");
        // Typed or bookmarked, with a query: the page itself, for an administrator
        HttpResponse<String> page = admin.get("admin/accounts.xhtml?q=it-admin");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("it-admin@civitas.test"), "the list shows the accounts");
        for (String other : List.of("admin/tallies.xhtml", "admin/threshold.xhtml", "admin/taxonomy.xhtml",
                "admin/sharing.xhtml", "account/password.xhtml", "account/tokens.xhtml", "account/email.xhtml",
                "account/delete.xhtml")) {
            assertEquals(200, admin.get(other).statusCode(), other);
        }
        // ... while a citizen still gets 403, and its forms still need their view state (a forged post has none)
        PortalClient citizen = client();
        citizen.registerNewCitizen("Citoyen Curieux");
        assertEquals(403, citizen.get("admin/threshold.xhtml").statusCode());
        String before = thresholdNow(admin.get("admin/threshold.xhtml").body());
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(admin.resolve("admin/threshold.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("thresholdForm_SUBMIT=1&percent=50&floor=1&saveThreshold=x"))
                .build());
        // Without a view state, Faces takes the post for a first visit: the page is shown, no action runs
        assertEquals(200, forged.statusCode());
        assertEquals(before, thresholdNow(admin.get("admin/threshold.xhtml").body()), "nothing saved");
    }

    private static String thresholdNow(String page) {
        Matcher now = Pattern.compile("id=\"threshold-now\">(.*?)</p>", Pattern.DOTALL).matcher(page);
        assertTrue(now.find(), page);
        return now.group(1).strip();
    }

    @Test
    void signInGivesANewSessionIdAndSignOutEndsTheSession() throws Exception {
        PortalClient citizen = client();
        HttpResponse<String> signInPage = citizen.get("signin.xhtml");
        String before = sessionCookie(signInPage);
        String email = PortalClient.uniqueEmail("session");
        assertEquals(302, citizen.register("Session Test", email, TestAccounts.PASSWORD).statusCode());
        PortalClient fresh = client();
        HttpResponse<String> page = fresh.get("signin.xhtml");
        String anonymousId = sessionCookie(page);
        HttpResponse<String> signedIn = fresh.signIn(email, TestAccounts.PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String afterId = sessionCookie(signedIn);
        assertTrue(before != null && anonymousId != null);
        assertNotEquals(anonymousId.split(":")[0], afterId == null ? anonymousId.split(":")[0] + "x" : afterId.split(":")[0],
                "sign-in issues a new session id");
        assertEquals(200, fresh.get("account/index.xhtml").statusCode());

        HttpResponse<String> signedOut = fresh.submitForm("account/index.xhtml", "signOutForm", "signOut", Map.of());
        assertEquals(302, signedOut.statusCode());
        assertRedirectsToSignIn(fresh.get("account/index.xhtml"));
    }

    @Test
    void signInEndsWithItsSession() throws Exception {
        PortalClient citizen = client();
        citizen.registerNewCitizen("Idle Citizen");
        assertEquals(200, citizen.get("account/index.xhtml").statusCode());
        // The session is all there is: no single-sign-on cookie that a server would have to resolve from its memory
        // (with several servers, the other one could not), so a sign-in follows the session to any server.
        Set<String> cookies = new HashSet<>(citizen.cookieNames());
        cookies.removeIf(name -> name.startsWith("oam.Flash")); // Faces' flash scope, not a sign-in
        assertEquals(Set.of("CIVITAS_SESSION"), cookies);
        // What a 30-minute idle timeout or a sign-out elsewhere does: the session is gone.
        assertTrue(citizen.forgetCookie("CIVITAS_SESSION"));
        assertRedirectsToSignIn(citizen.get("account/index.xhtml"));
        assertFalse(citizen.get("index.xhtml").body().contains("Idle Citizen"), "the header no longer names them");
    }

    @Test
    void signInLeadsBackToThePageThatAskedForIt() throws Exception {
        PortalClient citizen = client();
        String email = PortalClient.uniqueEmail("back");
        assertEquals(302, citizen.register("Back Again", email, TestAccounts.PASSWORD).statusCode());
        PortalClient visitor = client();
        assertRedirectsToSignIn(visitor.get("account/notifications.xhtml?page=2"));
        HttpResponse<String> signedIn = visitor.signIn(email, TestAccounts.PASSWORD);
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/account/notifications.xhtml?page=2"),
                signedIn.headers().firstValue("Location").orElse("(none)"));
        assertEquals(200, visitor.follow(signedIn).statusCode());
        // Asked once: the next sign-in goes to the home page.
        visitor.submitForm("account/index.xhtml", "signOutForm", "signOut", Map.of());
        HttpResponse<String> again = visitor.signIn(email, TestAccounts.PASSWORD);
        assertFalse(again.headers().firstValue("Location").orElse("").contains("notifications"));
    }

    @Test
    void signInNeverLeadsToAnotherSite() throws Exception {
        PortalClient citizen = client();
        String email = PortalClient.uniqueEmail("redirect");
        assertEquals(302, citizen.register("Not Redirected", email, TestAccounts.PASSWORD).statusCode());
        for (String asked : List.of("//account;@evil.example/index.xhtml", "//evil.example/account/index.xhtml",
                "/account/..//evil.example/index.xhtml", "/account/index.xhtml?x=%0d%0aLocation:%20http://evil.example")) {
            PortalClient visitor = client();
            HttpResponse<String> protectedPage = visitor.send(HttpRequest.newBuilder(
                    URI.create(visitor.origin() + asked)).GET().build());
            HttpResponse<String> signedIn = visitor.signIn(email, TestAccounts.PASSWORD);
            assertEquals(302, signedIn.statusCode(), asked);
            URI location = signedIn.uri().resolve(signedIn.headers().firstValue("Location").orElseThrow());
            assertEquals(URI.create(visitor.origin()).getRawAuthority(), location.getRawAuthority(),
                    asked + " (first answered " + protectedPage.statusCode() + ") led to " + location);
            assertFalse(location.getRawPath().startsWith("//"), location.toString());
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> page = client().get("signin.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("CIVITAS_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void wrongPasswordShowsAMessageAndNoStackTrace() throws Exception {
        HttpResponse<String> response = client().signIn(PortalClient.uniqueEmail("nobody"), "not the password at all");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Adresse électronique ou mot de passe incorrect."), response.body());
        assertNoStackTrace(response);
    }

    @Test
    void emptyAndHugeInputsGetMessagesNotErrors() throws Exception {
        PortalClient client = client();
        HttpResponse<String> empty = client.signIn("", "");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("ce champ est obligatoire"), empty.body());
        HttpResponse<String> huge = client.register("x".repeat(100_000), "not-an-email", "short");
        assertEquals(200, huge.statusCode());
        assertTrue(huge.body().contains("field-error-list"), "field errors are shown");
        HttpResponse<String> hostile = client.register("<script>alert(1)</script>\u202e", PortalClient.uniqueEmail("x"),
                "'; DROP TABLE account; -- long enough");
        assertEquals(200, hostile.statusCode(), "a right-to-left override in a name is refused");
        assertTrue(hostile.body().contains("caractères de contrôle"), hostile.body());
        assertFalse(hostile.body().contains("<script>alert(1)"), "never reflected unescaped");
        assertTrue(hostile.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "kept, escaped, for correction");
    }

    @Test
    void accentedNamesSurviveTheFormPost() throws Exception {
        PortalClient client = client();
        client.register("Élodie Ñúñez-Çağ 漢字", PortalClient.uniqueEmail("utf8"), TestAccounts.PASSWORD);
        HttpResponse<String> account = client.get("account/index.xhtml");
        assertTrue(account.body().contains("Élodie Ñúñez-Çağ 漢字"), account.body());
    }

    @Test
    void formPostedAfterItsViewExpiredGetsAPageSayingSo() throws Exception {
        PortalClient client = client();
        client.get("signin.xhtml");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.resolve("signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "signInForm_SUBMIT=1&email=a%40b.fr&password=x&submit=x&jakarta.faces.ViewState=stale123"))
                .build());
        assertEquals(302, response.statusCode(), response.body());
        HttpResponse<String> again = client.follow(response);
        assertEquals(200, again.statusCode());
        assertTrue(again.uri().getPath().endsWith("/signin.xhtml"));
        assertTrue(again.body().contains("La page avait expiré\u00a0: rien n’a été enregistré."), again.body());
        assertTrue(again.body().contains("name=\"jakarta.faces.ViewState\""), "a fresh form");
    }

    @Test
    void unknownPageIsAFriendly404() throws Exception {
        HttpResponse<String> response = client().get("no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"), response.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        PortalClient client = client();
        for (String path : List.of("index.xhtml", "signin.xhtml", "no-such-page.xhtml", "api/me",
                "jakarta.faces.resource/css/civitas.css.xhtml?ln=civitas")) {
            HttpResponse<String> response = client.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'self'"), path + ": " + csp);
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("base-uri 'none'") && csp.contains("object-src 'none'")
                    && csp.contains("form-action 'self';") && !csp.contains("https:"), path + ": " + csp);
            assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
        String pageCsp = client.get("index.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(pageCsp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"), pageCsp);
        // What a signed-in person is shown stays out of caches
        PortalClient citizen = client();
        citizen.registerNewCitizen("Citoyenne Sans Cache");
        for (String path : List.of("account/index.xhtml", "index.xhtml", "api/me")) {
            assertTrue(citizen.get(path).headers().firstValue("Cache-Control").orElse("").contains("no-store"), path);
        }
    }

    @Test
    void languageSwitchIsRememberedAndRedirectsSafely() throws Exception {
        PortalClient client = client();
        HttpResponse<String> switched = client.get("signin.xhtml?lang=en");
        assertEquals(303, switched.statusCode());
        assertTrue(switched.headers().firstValue("Location").orElseThrow().endsWith("/signin.xhtml"));
        HttpResponse<String> page = client.get("signin.xhtml");
        assertTrue(page.body().contains("lang=\"en\""));
        assertTrue(page.body().contains("Sign in to propose, vote and comment."));
        assertEquals("en", page.headers().firstValue("Content-Language").orElse(""));
    }

    @Test
    void restChangesRidingOnTheSessionCookieMustComeFromThePortal() throws Exception {
        PortalClient citizen = client();
        citizen.registerNewCitizen("Rest Test");
        URI locale = citizen.resolve("api/me/locale");
        HttpResponse<String> noOrigin = citizen.send(HttpRequest.newBuilder(locale)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"locale\":\"en\"}")).build());
        assertEquals(403, noOrigin.statusCode());
        assertTrue(noOrigin.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> foreign = citizen.send(HttpRequest.newBuilder(locale)
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"locale\":\"en\"}")).build());
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> same = citizen.send(HttpRequest.newBuilder(locale)
                .header("Content-Type", "application/json").header("Origin", origin)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"locale\":\"en\"}")).build());
        assertEquals(204, same.statusCode(), same.body());
        assertTrue(citizen.get("api/me").body().contains("\"locale\":\"en\""));
        HttpResponse<String> bad = citizen.send(HttpRequest.newBuilder(locale)
                .header("Content-Type", "application/json").header("Origin", origin)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"locale\":\"de\"}")).build());
        assertEquals(422, bad.statusCode(), bad.body());
        HttpResponse<String> malformed = citizen.send(HttpRequest.newBuilder(locale)
                .header("Content-Type", "application/json").header("Origin", origin)
                .PUT(HttpRequest.BodyPublishers.ofString("{not json")).build());
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertNoStackTrace(malformed);
    }

    @Test
    void anonymousRestCallIsUnauthorized() throws Exception {
        HttpResponse<String> response = client().get("api/me");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void healthIsUpWithTheDatabaseAndOpenApiDescribesTheApi() throws Exception {
        PortalClient server = new PortalClient(new URI(base.getProtocol(), null, base.getHost(), base.getPort(), "/", null, null));
        HttpResponse<String> ready = server.get("health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
        HttpResponse<String> openapi = server.get("openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/me"), openapi.body());
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(Pattern.compile("\\bat (java|jakarta|org|com)\\.[a-z]+\\.[A-Za-z.$]+\\(").matcher(response.body()).find(),
                response.body());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("CIVITAS_SESSION="))
                .map(c -> c.substring("CIVITAS_SESSION=".length(), c.indexOf(';')))
                .findFirst().orElse(null);
    }

    @Test
    void pagesAVisitorOnlyReadsGiveThemNoSession() throws Exception {
        PortalClient author = client();
        author.registerNewCitizen("Auteure Lue Sans Session");
        TestProposals.Published proposal = TestProposals.publish(author, "Une proposition lue sans session", "culture");
        PortalClient visitor = client();
        for (String page : List.of("", "proposals", "proposals?theme=culture&sort=recent", proposal.path(),
                "legal.xhtml", "accessibility.xhtml", "opendata.xhtml")) {
            HttpResponse<String> read = visitor.get(page);
            assertEquals(200, read.statusCode(), page);
            assertTrue(read.body().contains("nonce="), page + ": its scripts still carry the nonce of its policy");
            List<String> cookies = read.headers().allValues("Set-Cookie");
            assertTrue(cookies.stream().noneMatch(c -> c.startsWith("CIVITAS_SESSION=")), page + ": " + cookies);
        }
        // Nor do the pages that say something is not there (a crawler's or a scanner's stream of 404s).
        for (String missing : List.of("no-such-page.xhtml", "proposals/999999999/absent", "api-no-such")) {
            HttpResponse<String> absent = visitor.get(missing);
            assertEquals(404, absent.statusCode(), missing);
            assertTrue(absent.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("CIVITAS_SESSION=")),
                    missing + ": " + absent.headers().allValues("Set-Cookie"));
        }
        // A form that posts back keeps its state, in a session.
        assertTrue(visitor.get("signin.xhtml").headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("CIVITAS_SESSION=")));
        // A signed-in citizen's pages keep theirs (their forms post back to them).
        HttpResponse<String> own = author.get(proposal.path());
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("jakarta.faces.ViewState") && !own.body().contains("value=\"stateless\""),
                "the author's page has state");
    }
}
