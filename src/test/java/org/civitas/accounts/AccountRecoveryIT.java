package org.civitas.accounts;

import jakarta.mail.internet.MimeMessage;
import org.civitas.testing.Mailbox;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts people can recover, over real HTTP and real mail (GreenMail): an address confirmed by its link before the
 * account may take part, a forgotten password reset by a single-use link that tells nobody who is registered, and
 * every session ended when the password changes or on demand.
 */
@ExtendWith(Portal.class)
class AccountRecoveryIT {

    private static final String NEW_PASSWORD = "a brand new passphrase 2026";

    private final URL base = Portal.base();

    @Test
    void anUnconfirmedAccountDraftsButSupportsOnlyOnceItsLinkIsFollowed() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Confirmée");
        long proposal = TestProposals.publish(author, "Un abri à vélos devant la médiathèque", "mobilite").id();

        try (Mailbox mail = Mailbox.start()) {
            PortalClient citizen = new PortalClient(base.toURI());
            String email = PortalClient.uniqueEmail("unconfirmed");
            assertEquals(302, citizen.register("Nouvelle Venue", email, TestAccounts.PASSWORD).statusCode());

            HttpResponse<String> refused = citizen.sendJson("PUT", "api/proposals/" + proposal + "/vote",
                    "{\"choice\":\"FOR\"}");
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Confirmez d’abord votre adresse"), refused.body());
            HttpResponse<String> draft = citizen.sendJson("POST", "api/proposals",
                    TestProposals.json("Un brouillon avant confirmation", "mobilite", null));
            assertEquals(201, draft.statusCode(), "drafting needs no confirmation: " + draft.body());
            long draftId = TestProposals.number(draft.body(), "id");
            assertEquals(403, citizen.sendJson("POST", "api/proposals/" + draftId + "/publish", null).statusCode());
            assertTrue(citizen.get("account/index.xhtml").body().contains("Renvoyer le lien de confirmation"));

            MimeMessage message = mail.await(email, "Confirmez votre adresse e-mail");
            String link = Mailbox.link(message, "confirm");
            assertTrue(Mailbox.text(message).contains("48 heures"), Mailbox.text(message));
            // Opening the link changes nothing (a mail scanner opens links): the button does
            PortalClient elsewhere = new PortalClient(base.toURI());
            assertTrue(elsewhere.get(link).body().contains("Confirmer"));
            assertEquals(403, citizen.sendJson("PUT", "api/proposals/" + proposal + "/vote", "{\"choice\":\"FOR\"}")
                    .statusCode(), "still unconfirmed after the page was only opened");
            HttpResponse<String> confirmed = elsewhere.submitForm(link, "confirmForm", "confirm", Map.of());
            assertEquals(302, confirmed.statusCode(), confirmed.body());

            assertEquals(200, citizen.sendJson("PUT", "api/proposals/" + proposal + "/vote", "{\"choice\":\"FOR\"}")
                    .statusCode());
            assertEquals(200, citizen.sendJson("POST", "api/proposals/" + draftId + "/publish", null).statusCode());
            assertTrue(citizen.get("account/index.xhtml").body().contains("confirmée"));
            HttpResponse<String> again = new PortalClient(base.toURI()).submitForm(link, "confirmForm", "confirm",
                    Map.of());
            assertTrue(again.body().contains("inconnu, expiré ou déjà utilisé"), "a link works once");
        }
    }

    @Test
    void aForgottenPasswordIsResetOnceByItsLinkEndingEverySessionAndTellingNobodyWhoIsRegistered() throws Exception {
        PortalClient signedIn = new PortalClient(base.toURI());
        String email = signedIn.registerNewCitizen("Distraite");
        assertEquals(200, signedIn.get("account/index.xhtml").statusCode());

        try (Mailbox mail = Mailbox.start()) {
            String known = forgot(email);
            String unknown = forgot(PortalClient.uniqueEmail("nobody"));
            assertEquals(notice(known).replace(email, "X"), notice(unknown).replaceAll("nobody-[a-z0-9-]+@civitas.test",
                    "X"), "the same answer whether or not the address has an account");

            MimeMessage message = mail.await(email, "Choisir un nouveau mot de passe");
            String link = Mailbox.link(message, "reset");
            PortalClient resetting = new PortalClient(base.toURI());
            HttpResponse<String> weak = resetting.submitForm(link, "resetForm", "reset",
                    Map.of("next", "short", "confirmation", "short"));
            assertTrue(weak.body().contains("12"), "a weak password is refused and the link still works");
            HttpResponse<String> reset = resetting.submitForm(link, "resetForm", "reset",
                    Map.of("next", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
            assertEquals(302, reset.statusCode(), reset.body());
            assertTrue(reset.headers().firstValue("Location").orElse("").endsWith("/signin"));

            assertEquals(302, signedIn.get("account/index.xhtml").statusCode(), "the other session ended");
            assertEquals(200, new PortalClient(base.toURI()).signIn(email, TestAccounts.PASSWORD).statusCode(),
                    "the old password no longer works");
            assertEquals(302, new PortalClient(base.toURI()).signIn(email, NEW_PASSWORD).statusCode());
            assertTrue(new PortalClient(base.toURI()).get(link).body().contains("inconnu, expiré ou déjà utilisé"),
                    "the link worked once");
            mail.await(email, "Votre mot de passe a été changé");
        }
    }

    @Test
    void resetLinksAreLimitedPerAddress() throws Exception {
        String email = new PortalClient(base.toURI()).registerNewCitizen("Insistante");
        for (int i = 0; i < 3; i++) {
            assertFalse(notice(forgot(email)).contains("Trop de demandes"));
        }
        assertTrue(forgot(email).contains("Trop de demandes"), "a fourth link within the hour is refused");
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        PortalClient here = new PortalClient(base.toURI());
        String email = here.registerNewCitizen("Prudente");
        PortalClient there = new PortalClient(base.toURI());
        assertEquals(302, there.signIn(email, TestAccounts.PASSWORD).statusCode());

        HttpResponse<String> changed = here.submitForm(protectedLink(here, "account/password.xhtml"), "passwordForm",
                "submit", Map.of("current", TestAccounts.PASSWORD, "next", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(200, here.get("account/index.xhtml").statusCode(), "this session goes on");
        assertEquals(302, there.get("account/index.xhtml").statusCode(), "the other one ended");
    }

    @Test
    void signingOutEverywhereEndsEverySession() throws Exception {
        PortalClient here = new PortalClient(base.toURI());
        String email = here.registerNewCitizen("Voyageuse");
        PortalClient there = new PortalClient(base.toURI());
        assertEquals(302, there.signIn(email, TestAccounts.PASSWORD).statusCode());

        assertEquals(422, there.sendJson("POST", "api/me/sessions/end", "{}").statusCode(), "not without confirming");
        assertEquals(200, there.get("account/index.xhtml").statusCode());
        HttpResponse<String> out = here.submitForm("account/index.xhtml", "sessionsForm", "signOutEverywhere", Map.of());
        assertEquals(302, out.statusCode(), out.body());
        assertEquals(302, here.get("account/index.xhtml").statusCode());
        assertEquals(302, there.get("account/index.xhtml").statusCode());

        PortalClient phone = new PortalClient(base.toURI());
        assertEquals(302, phone.signIn(email, TestAccounts.PASSWORD).statusCode());
        PortalClient laptop = new PortalClient(base.toURI());
        assertEquals(302, laptop.signIn(email, TestAccounts.PASSWORD).statusCode());
        assertEquals(204, phone.sendJson("POST", "api/me/sessions/end", "{\"confirm\":true}").statusCode());
        assertEquals(302, laptop.get("account/index.xhtml").statusCode(), "the API ends them too");
        assertEquals(302, new PortalClient(base.toURI()).signIn(email, TestAccounts.PASSWORD).statusCode(),
                "signing in again works");
    }

    @Test
    void aNewAddressReplacesTheOldOnlyOnceItsLinkIsFollowedAndTheOldOneIsTold() throws Exception {
        PortalClient citizen = new PortalClient(base.toURI());
        String old = citizen.registerNewCitizen("Déménageuse");
        String next = PortalClient.uniqueEmail("moved");
        try (Mailbox mail = Mailbox.start()) {
            HttpResponse<String> wrong = citizen.submitForm(protectedLink(citizen, "account/email.xhtml"), "emailForm",
                    "change", Map.of("newEmail", next, "password", "not my password at all"));
            assertTrue(wrong.body().contains("Le mot de passe actuel est incorrect"), "the password confirms it");
            HttpResponse<String> asked = citizen.submitForm(protectedLink(citizen, "account/email.xhtml"), "emailForm",
                    "change", Map.of("newEmail", next, "password", TestAccounts.PASSWORD));
            assertEquals(302, asked.statusCode(), asked.body());
            assertEquals(302, new PortalClient(base.toURI()).signIn(old, TestAccounts.PASSWORD).statusCode(),
                    "the old address stays the account's until the link is followed");

            assertTrue(Mailbox.text(mail.await(old, "Changement d’adresse demandé")).contains(next));
            String link = Mailbox.link(mail.await(next, "Confirmez votre nouvelle adresse"), "confirm");
            assertEquals(302, citizen.submitForm(link, "confirmForm", "confirm", Map.of()).statusCode());
            assertTrue(citizen.get("account/index.xhtml").body().contains(next));
            assertEquals(302, new PortalClient(base.toURI()).signIn(next, TestAccounts.PASSWORD).statusCode());
            assertEquals(200, new PortalClient(base.toURI()).signIn(old, TestAccounts.PASSWORD).statusCode());
            assertTrue(Mailbox.text(mail.await(old, "Votre adresse e-mail a changé")).contains(next));
        }
    }

    @Test
    void theApiAsksForResetLinksAndAdministratorsDecideWhatUnconfirmedAccountsMayDo() throws Exception {
        PortalClient anonymous = new PortalClient(base.toURI());
        assertEquals(202, anonymous.sendJson("POST", "api/password-resets",
                "{\"email\":\"" + PortalClient.uniqueEmail("nobody") + "\"}").statusCode());
        assertEquals(422, anonymous.sendJson("POST", "api/password-resets", "{\"email\":\"not an address\"}")
                .statusCode());

        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Réglée");
        long proposal = TestProposals.publish(author, "Des toilettes publiques au parc", "urbanisme").id();
        PortalClient unconfirmed = new PortalClient(base.toURI());
        assertEquals(302, unconfirmed.register("Pas Encore", PortalClient.uniqueEmail("later"), TestAccounts.PASSWORD)
                .statusCode());
        assertTrue(unconfirmed.get("api/me").body().contains("\"emailConfirmed\":false"));
        String comment = "{\"text\":{\"body\":\"Bonne idée, près de l’aire de jeux.\"}}";
        assertEquals(403, unconfirmed.sendJson("POST", "api/proposals/" + proposal + "/comments", comment)
                .statusCode());
        assertEquals(403, unconfirmed.sendJson("PUT", "api/settings/unconfirmed-accounts", "{\"allowed\":[\"COMMENT\"]}")
                .statusCode(), "a citizen cannot change the rules");

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        try {
            HttpResponse<String> set = admin.sendJson("PUT", "api/settings/unconfirmed-accounts",
                    "{\"allowed\":[\"COMMENT\"]}");
            assertEquals(200, set.statusCode(), set.body());
            assertTrue(set.body().contains("COMMENT"), set.body());
            assertEquals(201, unconfirmed.sendJson("POST", "api/proposals/" + proposal + "/comments", comment)
                    .statusCode(), "commenting is now allowed without a confirmed address");
            assertEquals(403, unconfirmed.sendJson("PUT", "api/proposals/" + proposal + "/vote", "{\"choice\":\"FOR\"}")
                    .statusCode(), "supporting still is not");
            assertEquals(400, admin.sendJson("PUT", "api/settings/unconfirmed-accounts", "{\"allowed\":[\"EVERYTHING\"]}")
                    .statusCode());
        } finally {
            assertEquals(200, admin.sendJson("PUT", "api/settings/unconfirmed-accounts", "{\"allowed\":[]}").statusCode());
        }
        assertEquals(403, unconfirmed.sendJson("POST", "api/proposals/" + proposal + "/comments", comment).statusCode());
    }

    @Test
    void registrationsAreLimitedPerNetworkAndTheFormsProofOfWorkCountsOnce() throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        Matcher page = Pattern.compile("data-challenge=\"([^\"]+)\" data-bits=\"(\\d+)\"")
                .matcher(client.get("register.xhtml").body());
        assertTrue(page.find(), "the form carries a challenge");
        String challenge = page.group(1);
        String answer = RegistrationProofTest.solve(challenge, Integer.parseInt(page.group(2)));
        String network = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + ".";
        assertEquals("{\"proven\":true}", admit(client, network + "1", challenge, answer).body());
        assertEquals("{\"proven\":false}", admit(client, network + "1", challenge, answer).body(),
                "a challenge proves once");
        assertEquals("{\"proven\":false}", admit(client, network + "2", challenge, answer + "0").body());

        // 1000 an hour per network on the test server (CIVITAS_REGISTER_NETWORK_MAX): 1 + 4 + 4 taken so far,
        // and every registration without a proof costs four
        int admitted = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 300 && refused == null; i++) {
            HttpResponse<String> next = admit(client, network + (3 + i % 200), null, null);
            if (next.statusCode() == 200) {
                admitted++;
            } else {
                refused = next;
            }
        }
        assertEquals((1000 - 9) / 4, admitted);
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    private static HttpResponse<String> admit(PortalClient client, String ip, String challenge, String answer) {
        return client.sendJson("POST", "api/test-fixtures/admit-registration?ip=" + ip
                + (challenge == null ? "" : "&challenge=" + URLEncoder.encode(challenge, StandardCharsets.UTF_8)
                + "&answer=" + answer), null);
    }

    /** Asks for a reset link from a fresh browser; returns the page that answers. */
    private String forgot(String email) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        return client.follow(client.submitForm("forgot.xhtml", "forgotForm", "send", Map.of("email", email))).body();
    }

    private static String notice(String page) {
        Matcher m = Pattern.compile("<li class=\"message message-info\">([^<]*)</li>").matcher(page);
        return m.find() ? m.group(1) : "(no notice) " + page;
    }

    /** A page's address as the account page links to it. */
    private static String protectedLink(PortalClient client, String page) {
        Matcher link = Pattern.compile("href=\"([^\"]*" + Pattern.quote(page) + "[^\"]*)\"")
                .matcher(client.get("account/index.xhtml").body());
        assertTrue(link.find(), "the account page links to " + page);
        return link.group(1).replace("&amp;", "&").substring(client.base().getPath().length());
    }
}
