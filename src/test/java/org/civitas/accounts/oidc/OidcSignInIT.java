package org.civitas.accounts.oidc;

import org.civitas.testing.IdentityProvider;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in with OpenID Connect against a real provider on loopback ({@link IdentityProvider}), over HTTP with the
 * redirects followed by hand: start, the provider's login form, the callback with its code and state.
 */
@ExtendWith(Portal.class)
class OidcSignInIT {

    private final URL base = Portal.base();

    @BeforeAll
    static void startTheProvider() {
        IdentityProvider.start();
    }

    @Test
    void aNewPersonGetsAnAccountWithTheirConfirmedAddressAndIsSignedIn() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        String email = PortalClient.uniqueEmail("oidc-new");
        HttpResponse<String> start = browser.get("api/oidc/" + IdentityProvider.ID + "/start");
        assertEquals(303, start.statusCode(), start.body());
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.startsWith("http://localhost:" + IdentityProvider.port() + "/default/authorize?"), authorize);
        for (String parameter : new String[]{"response_type=code", "client_id=civitas-it", "state=", "nonce=",
                "code_challenge=", "code_challenge_method=S256", "redirect_uri="}) {
            assertTrue(authorize.contains(parameter), parameter + " in " + authorize);
        }

        HttpResponse<String> back = IdentityProvider.signIn(browser, start, UUID.randomUUID().toString(),
                Map.of("email", email, "email_verified", true, "given_name", "Camille", "family_name", "Oidc"));
        assertEquals(302, back.statusCode(), back.body());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(
                URI.create(back.headers().firstValue("Location").orElseThrow())).GET().build());
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow()
                .endsWith("/account/index.xhtml?oidc=opened&provider=" + IdentityProvider.ID), "a new account is welcomed");

        HttpResponse<String> me = browser.get("api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"displayName\":\"Camille Oidc\""), me.body());
        assertTrue(me.body().contains("\"emailConfirmed\":true"), me.body());
        assertEquals(TestProposals.number(me.body(), "id"), accountIdOf(email));
    }

    @Test
    void theSameSubjectSignsInAgainToTheSameAccount() throws Exception {
        String subject = UUID.randomUUID().toString();
        Map<String, Object> claims = Map.of("email", PortalClient.uniqueEmail("oidc-again"), "name", "Dominique Retour");
        PortalClient first = new PortalClient(base.toURI());
        long firstId = signInThroughProvider(first, subject, claims);
        PortalClient second = new PortalClient(base.toURI());
        long secondId = signInThroughProvider(second, subject, claims);
        assertEquals(firstId, secondId);

        PortalClient other = new PortalClient(base.toURI());
        assertNotEquals(firstId, signInThroughProvider(other, UUID.randomUUID().toString(),
                Map.of("email", PortalClient.uniqueEmail("oidc-other"), "name", "Autre Personne")));
    }

    @Test
    void aTamperedOrReplayedStateIsRefusedWithAMessage() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        HttpResponse<String> start = browser.get("api/oidc/" + IdentityProvider.ID + "/start");
        HttpResponse<String> back = IdentityProvider.signIn(browser, start, UUID.randomUUID().toString(),
                Map.of("email", PortalClient.uniqueEmail("oidc-tampered"), "name", "Ève Tampered"));
        String callback = back.headers().firstValue("Location").orElseThrow();
        String state = parameter(callback, "state");

        HttpResponse<String> tampered = browser.send(HttpRequest.newBuilder(
                URI.create(callback.replace("state=" + state, "state=" + (state.charAt(0) == 'x' ? 'y' : 'x')
                        + state.substring(1)))).GET().build());
        assertEquals(303, tampered.statusCode());
        String to = tampered.headers().firstValue("Location").orElseThrow();
        assertTrue(to.endsWith("/signin?oidc=state"), to);
        assertEquals(401, browser.get("api/me").statusCode());
        HttpResponse<String> page = browser.follow(browser.get(to.substring(to.indexOf("signin?")) + "&lang=fr"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Ce lien de connexion a expiré ou a déjà servi"), page.body());

        // The genuine state was not consumed by the forgery... but serves once only
        HttpResponse<String> genuine = browser.send(HttpRequest.newBuilder(URI.create(callback)).GET().build());
        assertTrue(genuine.headers().firstValue("Location").orElseThrow().contains("/account/index.xhtml?oidc=opened"));
        PortalClient thief = new PortalClient(base.toURI());
        HttpResponse<String> replayed = thief.send(HttpRequest.newBuilder(URI.create(callback)).GET().build());
        assertTrue(replayed.headers().firstValue("Location").orElseThrow().endsWith("/signin?oidc=state"));
        assertEquals(401, thief.get("api/me").statusCode());
    }

    @Test
    void anExistingAddressIsLinkedOnlyWithTheAccountsPassword() throws Exception {
        PortalClient fixtures = new PortalClient(base.toURI());
        String email = PortalClient.uniqueEmail("oidc-local");
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + email + "&name=Locale", null)
                .statusCode());
        long local = accountIdOf(email);
        String subject = UUID.randomUUID().toString();
        Map<String, Object> claims = Map.of("email", email.toUpperCase(), "email_verified", true, "name", "Imposteur");

        PortalClient browser = new PortalClient(base.toURI());
        HttpResponse<String> start = browser.get("api/oidc/" + IdentityProvider.ID + "/start");
        HttpResponse<String> back = IdentityProvider.signIn(browser, start, subject, claims);
        HttpResponse<String> callback = browser.send(HttpRequest.newBuilder(
                URI.create(back.headers().firstValue("Location").orElseThrow())).GET().build());
        assertEquals(303, callback.statusCode());
        assertTrue(callback.headers().firstValue("Location").orElseThrow().endsWith("/link-account"));
        assertEquals(401, browser.get("api/me").statusCode(), "not signed in on the provider's word");

        HttpResponse<String> wrong = browser.submitForm("link-account.xhtml", "linkForm", "link",
                Map.of("password", "not the password at all"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Mot de passe incorrect\u00a0: le compte n’est pas relié."), wrong.body());
        assertEquals(401, browser.get("api/me").statusCode());

        HttpResponse<String> linked = browser.submitForm("link-account.xhtml", "linkForm", "link",
                Map.of("password", TestAccounts.PASSWORD));
        assertEquals(302, linked.statusCode(), linked.body());
        HttpResponse<String> me = browser.get("api/me");
        assertEquals(200, me.statusCode());
        assertEquals(local, TestProposals.number(me.body(), "id"));
        assertTrue(me.body().contains("\"displayName\":\"Locale\""), "the local account keeps its name: " + me.body());

        // From now on the provider alone signs in that account
        assertEquals(local, signInThroughProvider(new PortalClient(base.toURI()), subject, claims));
        // ... and nobody else's subject with that address gets it without the password
        PortalClient stranger = new PortalClient(base.toURI());
        HttpResponse<String> strangerBack = IdentityProvider.signIn(stranger,
                stranger.get("api/oidc/" + IdentityProvider.ID + "/start"), UUID.randomUUID().toString(), claims);
        HttpResponse<String> strangerCallback = stranger.send(HttpRequest.newBuilder(
                URI.create(strangerBack.headers().firstValue("Location").orElseThrow())).GET().build());
        assertTrue(strangerCallback.headers().firstValue("Location").orElseThrow().endsWith("/link-account"));
        assertEquals(401, stranger.get("api/me").statusCode());
    }

    @Test
    void anUnknownProviderOrACancelledSignInLandsOnTheSignInPage() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        HttpResponse<String> unknown = browser.get("api/oidc/nobody/start");
        assertEquals(303, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Location").orElseThrow().endsWith("/signin?oidc=state"));

        HttpResponse<String> start = browser.get("api/oidc/" + IdentityProvider.ID + "/start");
        String state = parameter(start.headers().firstValue("Location").orElseThrow(), "state");
        HttpResponse<String> cancelled = browser.get("api/oidc/" + IdentityProvider.ID
                + "/callback?error=access_denied&state=" + state);
        assertTrue(cancelled.headers().firstValue("Location").orElseThrow().endsWith("/signin?oidc=provider"));
        assertTrue(browser.follow(cancelled).body().contains("Le fournisseur d’identité ne vous a pas connecté"));
        assertFalse(browser.get("signin.xhtml?oidc=%3Cscript%3E").body().contains("<script>alert"));
    }

    @Test
    void aBlockedAccountCannotSignInThroughTheProvider() throws Exception {
        String subject = UUID.randomUUID().toString();
        Map<String, Object> claims = Map.of("email", PortalClient.uniqueEmail("oidc-blocked"), "name", "Troll Fédéré");
        long account = signInThroughProvider(new PortalClient(base.toURI()), subject, claims);

        PortalClient moderator = new PortalClient(base.toURI());
        String email = moderator.registerNewCitizen("Modératrice OIDC");
        assertEquals(204, moderator.sendJson("POST", "api/test-fixtures/grant?role=MODERATOR&email=" + email, null)
                .statusCode());
        assertEquals(302, moderator.signIn(email, TestAccounts.PASSWORD).statusCode());
        HttpResponse<String> blocked = moderator.submitForm("moderation/block.xhtml?account=" + account, "blockForm",
                "block", Map.of("reason", "Insultes répétées", "confirmed", "true"));
        assertTrue(blocked.statusCode() == 302 || blocked.statusCode() == 303, blocked.statusCode() + " " + blocked.body());

        PortalClient browser = new PortalClient(base.toURI());
        HttpResponse<String> back = IdentityProvider.signIn(browser,
                browser.get("api/oidc/" + IdentityProvider.ID + "/start"), subject, claims);
        HttpResponse<String> callback = browser.send(HttpRequest.newBuilder(
                URI.create(back.headers().firstValue("Location").orElseThrow())).GET().build());
        assertTrue(callback.headers().firstValue("Location").orElseThrow().endsWith("/signin?oidc=refused"),
                callback.headers().firstValue("Location").orElseThrow());
        assertEquals(401, browser.get("api/me").statusCode());
    }

    @Test
    void signingOutAlsoSendsTheBrowserToTheProvidersLogoutWithTheIdToken() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        signInThroughProvider(browser, UUID.randomUUID().toString(),
                Map.of("email", PortalClient.uniqueEmail("oidc-out"), "name", "Sortie Complète"));
        HttpResponse<String> out = browser.submitForm("index.xhtml", "signOutForm", "signOut", Map.of());
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElseThrow().endsWith("/signed-out"));
        assertEquals(401, browser.get("api/me").statusCode(), "signed out of the portal first");

        String page = browser.follow(out).body();
        String logout = "http://localhost:" + IdentityProvider.port() + "/default/endsession?id_token_hint=";
        assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0;url=" + logout), page);
        assertTrue(page.contains("href=\"" + logout), page);
        assertTrue(page.contains("post_logout_redirect_uri=" + URLEncoder.encode(base + "index.xhtml",
                StandardCharsets.UTF_8)), page);
        assertTrue(page.contains("&amp;state="), page);
        // Taken once: the page shown again has nothing more to sign out of
        assertFalse(browser.get("signed-out.xhtml").body().contains(logout));

        // A password sign-in signs out as before, straight home
        PortalClient password = new PortalClient(base.toURI());
        password.registerNewCitizen("Sortie Simple");
        HttpResponse<String> home = password.submitForm("index.xhtml", "signOutForm", "signOut", Map.of());
        assertEquals(base.toURI().resolve("/"), home.uri().resolve(home.headers().firstValue("Location").orElseThrow()));
    }

    @Test
    void aSignedInPersonLinksAProviderFromMyAccountAndRemovesIt() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        String email = browser.registerNewCitizen("Reliée Parlà");
        long account = accountIdOf(email);
        String subject = UUID.randomUUID().toString();
        Map<String, Object> claims = Map.of("email", PortalClient.uniqueEmail("oidc-linked"), "name", "Autre Nom");

        // A link asked without the session's token (a page of another site) starts nothing
        HttpResponse<String> forged = browser.get("api/oidc/" + IdentityProvider.ID + "/start?link=forged");
        assertEquals(303, forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/account/index.xhtml?oidc=state"));

        String page = browser.get("account/index.xhtml").body();
        assertTrue(page.contains("Votre identité n’est pas vérifiée"), page);
        HttpResponse<String> callback = complete(browser, browser.get(linkAddress(page)), subject, claims);
        assertEquals(303, callback.statusCode(), callback.body());
        String to = callback.headers().firstValue("Location").orElseThrow();
        assertTrue(to.endsWith("/account/index.xhtml?oidc=linked&provider=" + IdentityProvider.ID), to);
        String linked = browser.follow(callback).body();
        assertTrue(linked.contains("Votre compte est désormais relié à Test ID"), linked);
        assertTrue(linked.contains("Identité vérifiée"), linked);
        assertEquals(account, TestProposals.number(browser.get("api/me").body(), "id"), "still the same account");

        // The provider now signs that account in, whatever address it gives
        assertEquals(account, signInThroughProvider(new PortalClient(base.toURI()), subject, claims));

        // Another account cannot take that person
        PortalClient other = new PortalClient(base.toURI());
        other.registerNewCitizen("Voleuse d’identité");
        HttpResponse<String> taken = complete(other, other.get(linkAddress(other.get("account/index.xhtml").body())),
                subject, claims);
        assertTrue(taken.headers().firstValue("Location").orElseThrow().endsWith("/account/index.xhtml?oidc=taken&provider="
                + IdentityProvider.ID));
        assertTrue(other.follow(taken).body().contains("ouvre déjà un autre compte du portail"));

        // Removed: the provider's person no longer signs in that account (its address opens a new one instead)
        String unlink = buttonId(browser.get("account/index.xhtml").body(), "unlink");
        HttpResponse<String> removed = browser.submitForm("account/index.xhtml", "methodsForm", unlink, Map.of());
        assertEquals(302, removed.statusCode(), removed.body());
        assertTrue(browser.follow(removed).body().contains("Votre compte ne se connecte plus par Test ID"));
        assertNotEquals(account, signInThroughProvider(new PortalClient(base.toURI()), subject, claims));
    }

    @Test
    void theOnlyWayIntoAnAccountCannotBeRemoved() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        long account = signInThroughProvider(browser, UUID.randomUUID().toString(),
                Map.of("email", PortalClient.uniqueEmail("oidc-only"), "name", "Sans Mot de Passe"));
        String page = browser.get("account/index.xhtml").body();
        assertTrue(page.contains("Votre compte n’a pas de mot de passe"), page);
        assertFalse(page.contains("account/password.xhtml"), "no password to change: " + page);

        assertFalse(page.contains("unlink"), "the page offers no way to remove it: " + page);
        HttpResponse<String> methods = browser.get("api/me/sign-in-methods");
        assertEquals(200, methods.statusCode(), methods.body());
        assertTrue(methods.body().contains("\"hasPassword\":false"), methods.body());
        assertTrue(methods.body().contains("\"identityVerified\":true"), methods.body());
        assertTrue(methods.body().contains("\"linked\":true"), methods.body());
        HttpResponse<String> refused = browser.sendJson("DELETE", "api/me/sign-in-methods/" + IdentityProvider.ID, null);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("oidc.unlink.last"), refused.body());
        assertEquals(404, browser.sendJson("DELETE", "api/me/sign-in-methods/nobody", null).statusCode());
        assertTrue(browser.get("account/index.xhtml").body().contains("Identité vérifiée"), "still linked");
        assertEquals(account, TestProposals.number(browser.get("api/me").body(), "id"));

        // The pages that ask for a password say how to get one
        Matcher delete = Pattern.compile("href=\"[^\"]*(account/delete\\.xhtml[^\"]*)\"")
                .matcher(page);
        assertTrue(delete.find(), page);
        String deletePage = browser.get(delete.group(1).replace("&amp;", "&")).body();
        assertTrue(deletePage.contains("Votre compte n’a pas encore de mot de passe"), deletePage);
    }

    @Test
    void supportsCanRequireAVerifiedIdentity() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        HttpResponse<String> defaults = admin.get("api/settings/verified-identity");
        assertEquals(200, defaults.statusCode());
        assertTrue(defaults.body().contains("\"methods\":[\"it\"]"), "the configuration marks it: " + defaults.body());
        assertTrue(defaults.body().contains("\"supportsNeedVerified\":false"), defaults.body());
        assertEquals(422, admin.sendJson("PUT", "api/settings/verified-identity",
                "{\"methods\":[\"nobody\"],\"supportsNeedVerified\":false}").statusCode());
        HttpResponse<String> nobodyCould = admin.sendJson("PUT", "api/settings/verified-identity",
                "{\"methods\":[],\"supportsNeedVerified\":true}");
        assertEquals(422, nobodyCould.statusCode(), nobodyCould.body());
        assertTrue(nobodyCould.body().contains("supportsNeedVerified"), "names the field: " + nobodyCould.body());

        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Vérifiée");
        TestProposals.Published published = TestProposals.publish(author, "Un vote qui engage la ville", "sport");
        long proposal = published.id();
        PortalClient voter = new PortalClient(base.toURI());
        voter.registerNewCitizen("Votant Prudent");
        try {
            assertEquals(200, admin.sendJson("PUT", "api/settings/verified-identity",
                    "{\"methods\":[\"it\"],\"supportsNeedVerified\":true}").statusCode());
            HttpResponse<String> refused = voter.sendJson("PUT", "api/proposals/" + proposal + "/vote",
                    "{\"choice\":\"FOR\"}");
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("account.unverified"), refused.body());
            String page = voter.get(published.path()).body();
            assertTrue(page.contains("Soutenir demande ici une identité vérifiée"), page);

            HttpResponse<String> linked = complete(voter, voter.get(linkAddress(voter.get("account/index.xhtml").body())),
                    UUID.randomUUID().toString(), Map.of("email", PortalClient.uniqueEmail("oidc-voter"), "name", "V"));
            assertTrue(linked.headers().firstValue("Location").orElseThrow().contains("oidc=linked"));
            HttpResponse<String> counted = voter.sendJson("PUT", "api/proposals/" + proposal + "/vote",
                    "{\"choice\":\"FOR\"}");
            assertEquals(200, counted.statusCode(), counted.body());

            // A method no longer counted verifies nobody
            assertEquals(422, admin.sendJson("PUT", "api/settings/verified-identity",
                    "{\"methods\":[],\"supportsNeedVerified\":true}").statusCode());
            assertEquals(200, admin.sendJson("PUT", "api/settings/verified-identity",
                    "{\"methods\":[],\"supportsNeedVerified\":false}").statusCode());
            assertFalse(voter.get("account/index.xhtml").body().contains("Identité vérifiée"));
        } finally {
            assertEquals(200, admin.sendJson("PUT", "api/settings/verified-identity",
                    "{\"methods\":[\"it\"],\"supportsNeedVerified\":false}").statusCode());
        }
    }

    /** From the redirect to the provider: its login form, then the callback; answers the callback's response. */
    private static HttpResponse<String> complete(PortalClient browser, HttpResponse<String> start, String subject,
                                                 Map<String, Object> claims) {
        HttpResponse<String> back = IdentityProvider.signIn(browser, start, subject, claims);
        return browser.send(HttpRequest.newBuilder(URI.create(back.headers().firstValue("Location").orElseThrow()))
                .GET().build());
    }

    /** My account's "Link" address for the test provider, relative to the portal's base. */
    private String linkAddress(String page) {
        Matcher link = Pattern.compile("href=\"[^\"]*(api/oidc/" + IdentityProvider.ID
                + "/start\\?link=[^\"]+)\"").matcher(page);
        assertTrue(link.find(), "no link to the provider on My account: " + page);
        return link.group(1).replace("&amp;", "&");
    }

    /** The client id of a button whose id ends with {@code id} (inside a repeat, the id has a prefix). */
    private static String buttonId(String page, String id) {
        Matcher button = Pattern.compile("name=\"([^\"]*" + id + ")\"").matcher(page);
        assertTrue(button.find(), "no button " + id + ": " + page);
        return button.group(1);
    }

    /** The whole flow through the provider's login form; answers the account's id. */
    private long signInThroughProvider(PortalClient browser, String subject, Map<String, Object> claims) {
        HttpResponse<String> start = browser.get("api/oidc/" + IdentityProvider.ID + "/start");
        HttpResponse<String> back = IdentityProvider.signIn(browser, start, subject, claims);
        HttpResponse<String> callback = browser.send(HttpRequest.newBuilder(
                URI.create(back.headers().firstValue("Location").orElseThrow())).GET().build());
        assertEquals(303, callback.statusCode(), callback.body());
        String to = callback.headers().firstValue("Location").orElseThrow();
        assertTrue(to.equals("http://localhost:" + base.getPort() + "/")
                || to.endsWith("/account/index.xhtml?oidc=opened&provider=" + IdentityProvider.ID), to);
        HttpResponse<String> me = browser.get("api/me");
        assertEquals(200, me.statusCode(), me.body());
        return TestProposals.number(me.body(), "id");
    }

    private long accountIdOf(String email) throws Exception {
        PortalClient fixtures = new PortalClient(base.toURI());
        return TestProposals.number(fixtures.sendJson("POST", "api/test-fixtures/account-id?email=" + email, null)
                .body(), "id");
    }

    private static String parameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
