package org.civitas.guestbook;

import jakarta.mail.internet.MimeMessage;
import org.civitas.testing.Mailbox;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guest book over real HTTP: a member's and a visitor's message are invisible by every way in (the wall, its API,
 * the message's page and API) until a moderator publishes them; a visitor's waits first for the link mailed to them,
 * which a page confirms with a button (opening it changes nothing); a rejected message never shows; the town answers
 * publicly; bad input and other people are refused plainly.
 */
@ExtendWith(Portal.class)
class GuestbookIT {

    private final URL base = Portal.base();

    @Test
    void aMembersMessageShowsNowhereUntilAModeratorPublishesItThenTheTownAnswers() throws Exception {
        String word = word();
        PortalClient member = client();
        member.registerNewCitizen("Mireille " + word);
        HttpResponse<String> signed = member.sendJson("POST", "api/guestbook",
                "{\"relation\":\"FORMER_RESIDENT\",\"place\":\"Lyon\",\"body\":\"J’ai grandi rue Battant " + word + ".\"}");
        assertEquals(201, signed.statusCode(), signed.body());
        assertHidden(word);

        PortalClient moderator = TestAccounts.signedInWithRole(base.toURI(), "Modératrice " + word, "MODERATOR");
        long id = pendingId(moderator, word);
        assertTrue(moderator.get("moderation/guestbook.xhtml").body().contains("rue Battant " + word));
        assertEquals(404, client().get("guestbook/message.xhtml?id=" + id).statusCode(), "no page, no preview yet");
        assertEquals(404, client().get("api/guestbook/" + id).statusCode());
        assertEquals(404, client().get("api/guestbook/" + id + "/card.png").statusCode(), "no preview card yet");
        assertEquals(403, member.sendJson("POST", "api/guestbook/" + id + "/publish", null).statusCode(),
                "an author cannot publish their own");
        assertEquals(204, moderator.sendJson("POST", "api/guestbook/" + id + "/publish", null).statusCode());

        String wall = client().get("api/guestbook").body();
        assertTrue(wall.contains("rue Battant " + word) && wall.contains("\"author\":\"Mireille " + word + "\""), wall);
        assertTrue(client().get("guestbook").body().contains("rue Battant " + word), "on the wall's page");
        String page = client().get("guestbook/message.xhtml?id=" + id).body();
        assertTrue(page.contains("og:title") && page.contains("Mireille " + word), "its own page, with its preview");
        assertTrue(page.contains("/api/guestbook/" + id + "/card.png"), "its preview card");
        HttpResponse<byte[]> card = client().sendForBytes(HttpRequest.newBuilder(base.toURI().resolve(
                "/api/guestbook/" + id + "/card.png")).GET().build());
        assertEquals(200, card.statusCode());
        assertEquals("image/png", card.headers().firstValue("Content-Type").orElse(""));
        assertTrue(card.body().length > 1000 && card.body()[1] == 'P' && card.body()[2] == 'N', "a PNG");

        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élu " + word, "OFFICIAL");
        assertEquals(403, member.sendJson("PUT", "api/guestbook/" + id + "/reply", "{\"text\":\"Non\"}").statusCode());
        assertEquals(422, official.sendJson("PUT", "api/guestbook/" + id + "/reply", "{\"text\":\"\"}").statusCode());
        HttpResponse<String> replied = official.sendJson("PUT", "api/guestbook/" + id + "/reply",
                "{\"text\":\"Revenez nous voir " + word + " !\"}");
        assertEquals(200, replied.statusCode(), replied.body());
        assertTrue(client().get("guestbook/message.xhtml?id=" + id).body().contains("Revenez nous voir " + word));
        HttpResponse<String> emptyReply = official.submitForm("guestbook/message.xhtml?id=" + id, "replyForm", "sendReply",
                Map.of("id", String.valueOf(id), "reply", ""));
        assertEquals(200, emptyReply.statusCode(), "an empty answer is refused on the page");
        assertTrue(emptyReply.body().contains("rue Battant " + word), "the message stays shown beside the error");
        HttpResponse<String> formReply = official.submitForm("guestbook/message.xhtml?id=" + id, "replyForm", "sendReply",
                Map.of("id", String.valueOf(id), "reply", "Au plaisir " + word));
        assertEquals(302, formReply.statusCode(), formReply.body());
        assertTrue(client().get("api/guestbook/" + id).body().contains("\"reply\":\"Au plaisir " + word + "\""));
        PortalClient admin = client();
        TestAccounts.signInAsAdmin(admin);
        String audit = admin.get("admin/audit.xhtml").body();
        assertTrue(audit.contains("Message du livre d’or publié") && audit.contains("Réponse à un message du livre d’or"),
                "in the audit log");

        // Taken off the wall with a reason: gone from every way in again
        assertEquals(422, moderator.sendJson("POST", "api/guestbook/" + id + "/reject", "{\"reason\":\"\"}").statusCode());
        assertEquals(204, moderator.sendJson("POST", "api/guestbook/" + id + "/reject", "{\"reason\":\"Hors sujet\"}")
                .statusCode());
        assertHidden(word);
        assertEquals(404, client().get("guestbook/message.xhtml?id=" + id).statusCode(), "its page and preview gone too");
        assertEquals(404, client().get("api/guestbook/" + id + "/card.png").statusCode(), "its card too");
        assertEquals(409, official.sendJson("PUT", "api/guestbook/" + id + "/reply", "{\"text\":\"Encore\"}").statusCode());
    }

    @Test
    void aVisitorConfirmsFromTheirMailboxThenWaitsForAModerator() throws Exception {
        String word = word();
        String email = PortalClient.uniqueEmail("visiteur");
        PortalClient visitor = client();
        MimeMessage mail;
        try (Mailbox mailbox = Mailbox.start()) {
            HttpResponse<String> form = visitor.submitForm("guestbook/index.xhtml", "guestbookForm", "signGuestbook", Map.of(
                    "relation", "VISITOR", "name", "Hans " + word, "email", email, "place", "Fribourg",
                    "body", "Une ville magnifique " + word + "."));
            assertEquals(302, form.statusCode(), form.body());
            assertTrue(visitor.follow(form).body().contains("Nous avons envoyé un lien à " + email));
            mail = mailbox.await(email, "Confirmez votre message dans le livre d’or");
        }
        assertHidden(word);
        String link = Mailbox.link(mail, "guestbook/confirm.xhtml");
        assertTrue(client().get(link).body().contains("Confirmer mon message"), "opening the link changes nothing");
        PortalClient moderator = TestAccounts.signedInWithRole(base.toURI(), "Modérateur " + word, "MODERATOR");
        assertFalse(moderator.get("api/guestbook/pending").body().contains(word), "not before it is confirmed");

        String token = link.substring(link.indexOf("t=") + 2);
        HttpResponse<String> confirmed = client().submitForm(link, "confirmForm", "confirmMessage", Map.of("t", token));
        assertEquals(302, confirmed.statusCode(), confirmed.body());
        assertEquals(404, client().sendJson("POST", "api/guestbook/confirm/" + token, null).statusCode(), "once only");
        assertHidden(word);
        long id = pendingId(moderator, word);
        assertTrue(moderator.get("api/guestbook/pending").body().contains("\"member\":false"));
        assertEquals(204, moderator.sendJson("POST", "api/guestbook/" + id + "/publish", null).statusCode());
        String shown = client().get("api/guestbook/" + id).body();
        assertTrue(shown.contains("\"author\":\"Hans " + word + "\"") && shown.contains("\"relation\":\"VISITOR\""), shown);
        assertFalse(shown.contains(email), "never the visitor's address");
        assertFalse(client().get("guestbook").body().contains(email));
        String csv = client().get("api/opendata/v1/guestbook.csv").body();
        assertTrue(csv.contains("Une ville magnifique " + word), "in open data once published");
        assertFalse(csv.contains(email), "never the visitor's address");
    }

    @Test
    void badInputAndUnknownLinksAreRefusedPlainly() throws Exception {
        PortalClient visitor = client();
        assertEquals(422, visitor.sendJson("POST", "api/guestbook", "{\"relation\":\"VISITOR\",\"body\":\"Bonjour à tous\"}")
                .statusCode(), "a visitor without a name or an address");
        assertEquals(422, visitor.sendJson("POST", "api/guestbook", "{\"relation\":\"VISITOR\",\"body\":\"Bonjour\","
                + "\"name\":\"X\",\"email\":\"not an address\"}").statusCode());
        assertEquals(400, visitor.sendJson("POST", "api/guestbook", "{\"relation\":\"MARTIAN\",\"body\":\"Bonjour\"}")
                .statusCode());
        assertEquals(422, visitor.sendJson("POST", "api/guestbook", "{\"relation\":\"VISITOR\",\"body\":\""
                + "x".repeat(2001) + "\",\"name\":\"X\",\"email\":\"x@example.org\"}").statusCode());
        assertEquals(404, visitor.sendJson("POST", "api/guestbook/confirm/unknown-token", null).statusCode());
        assertEquals(404, visitor.get("api/guestbook/999999999").statusCode());
        assertEquals(404, visitor.get("guestbook/message.xhtml?id=999999999").statusCode());
        assertEquals(400, visitor.get("api/guestbook?page=-1").statusCode());
        HttpResponse<String> empty = visitor.submitForm("guestbook/index.xhtml", "guestbookForm", "signGuestbook",
                Map.of("relation", "VISITOR", "name", "", "email", "", "place", "", "body", "Un message sans adresse"));
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("Indiquez votre nom et votre adresse électronique"), empty.body());
        assertTrue(empty.body().contains("Un message sans adresse"), "the text is kept");
        PortalClient member = client();
        member.registerNewCitizen("Bavard " + word());
        for (int i = 0; i < 3; i++) {
            assertEquals(201, member.sendJson("POST", "api/guestbook", "{\"relation\":\"RESIDENT\",\"body\":\"Message " + i
                    + "\"}").statusCode());
        }
        HttpResponse<String> fourth = member.sendJson("POST", "api/guestbook", "{\"relation\":\"RESIDENT\",\"body\":\"Encore\"}");
        assertEquals(429, fourth.statusCode(), "three a day: " + fourth.body());
        assertTrue(fourth.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aBlockedAccountsMessagesLeaveTheWall() throws Exception {
        String word = word();
        String email = PortalClient.uniqueEmail("troll");
        PortalClient author = client();
        assertEquals(204, author.sendJson("POST", "api/test-fixtures/citizen?email=" + email + "&name=Troll", null)
                .statusCode());
        author.signIn(email, TestAccounts.PASSWORD);
        assertEquals(201, author.sendJson("POST", "api/guestbook", "{\"relation\":\"VISITOR\",\"body\":\"Publicité "
                + word + "\"}").statusCode());
        PortalClient moderator = TestAccounts.signedInWithRole(base.toURI(), "Modération " + word, "MODERATOR");
        assertEquals(204, moderator.sendJson("POST", "api/guestbook/" + pendingId(moderator, word) + "/publish", null)
                .statusCode());
        assertTrue(client().get("api/guestbook?size=100").body().contains(word));
        long account = TestProposals.number(client().sendJson("POST", "api/test-fixtures/account-id?email=" + email,
                null).body(), "id");
        HttpResponse<String> blocked = moderator.submitForm("moderation/block.xhtml?account=" + account, "blockForm",
                "block", Map.of("account", String.valueOf(account), "reason", "Publicité répétée", "confirmed", "on"));
        assertEquals(302, blocked.statusCode(), blocked.body());
        assertHidden(word);
    }

    /** The message with this word is in no public answer. */
    private void assertHidden(String word) throws Exception {
        PortalClient anyone = client();
        assertFalse(anyone.get("api/guestbook?size=100").body().contains(word), "the API");
        assertFalse(anyone.get("guestbook").body().contains(word), "the wall");
        assertFalse(anyone.get("api/opendata/v1/guestbook.csv").body().contains(word), "open data");
    }

    private static long pendingId(PortalClient moderator, String word) {
        String pending = moderator.get("api/guestbook/pending").body();
        int at = pending.indexOf(word);
        assertTrue(at > 0, pending);
        String entry = pending.substring(pending.lastIndexOf("{\"", at), pending.indexOf("}", at));
        return TestProposals.number(entry, "id");
    }

    private PortalClient client() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static String word() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
