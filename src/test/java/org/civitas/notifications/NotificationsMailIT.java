package org.civitas.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An answer notifies its proposal's author, voters and commenters: in the portal (the bell and the notifications
 * page) and by mail through the outbox. The SMTP server (GreenMail, on the port the failsafe run gives Liberty) is
 * down when the answer is given: the outbox keeps the mail and retries, and everything arrives once it is up.
 */
@ExtendWith(Portal.class)
class NotificationsMailIT {

    private final URL base = Portal.base();

    private static long number(String json, String field) {
        return TestProposals.number(json, field);
    }

    @Test
    void anAnswerReachesEveryoneConcernedEvenWhenTheMailServerWasDown() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        String authorEmail = author.registerNewCitizen("Autrice Notifiée");
        long id = TestProposals.publish(author, "Un composteur collectif au Plateau", "environnement").id();
        PortalClient voter = new PortalClient(base.toURI());
        String voterEmail = voter.registerNewCitizen("Votant Notifié");
        assertEquals(200, voter.sendJson("PUT", "api/proposals/" + id + "/vote", "{\"choice\":\"FOR\"}").statusCode());
        PortalClient commenter = new PortalClient(base.toURI());
        String commenterEmail = commenter.registerNewCitizen("Commenter Notified");
        assertEquals(204, commenter.sendJson("PUT", "api/me/locale", "{\"locale\":\"en\"}").statusCode());
        assertEquals(201, commenter.sendJson("POST", "api/proposals/" + id + "/comments",
                "{\"text\":{\"body\":\"Great idea\"}}").statusCode());
        PortalClient bystander = new PortalClient(base.toURI());
        String bystanderEmail = bystander.registerNewCitizen("Passant Non Concerné");

        PortalClient fixtures = new PortalClient(base.toURI());
        PortalClient registering = new PortalClient(base.toURI());
        String officialEmail = registering.registerNewCitizen("Élu Notifiant");
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + officialEmail, null).statusCode());
        PortalClient official = new PortalClient(base.toURI());
        assertEquals(302, official.signIn(officialEmail, TestAccounts.PASSWORD).statusCode());

        GreenMail smtp = new GreenMail(new ServerSetup(Portal.mailPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            HttpResponse<String> answered = official.submitForm("review/answer.xhtml?id=" + id, "answerForm", "sendAnswer",
                    Map.of("id", String.valueOf(id), "decision", "ACCEPTED", "body", "Le composteur sera installé au printemps."));
            assertEquals(302, answered.statusCode(), answered.body());

            String told = "La commune a répondu à «\u00a0Un composteur collectif au Plateau\u00a0»\u00a0: Acceptée.";
            assertTrue(voter.awaitPage("account/notifications.xhtml", told).contains(told), "told after the answer commits");
            assertTrue(voter.get("index.xhtml").body().contains("Notifications, 1 non lue\""), "the bell counts it");
            assertFalse(bystander.get("account/notifications.xhtml").body().contains("Un composteur collectif"),
                    "people who took no part are not told");

            long deadline = System.currentTimeMillis() + 30_000;
            long attempts = 0;
            while (System.currentTimeMillis() < deadline && attempts < 2) {
                Thread.sleep(1000);
                attempts = number(fixtures.get("api/test-fixtures/outbox?recipient=" + voterEmail).body(), "attempts");
            }
            assertTrue(attempts >= 2, "the outbox tried while the server was down: " + attempts + " attempt(s)");
            assertEquals(0, number(fixtures.get("api/test-fixtures/outbox?recipient=" + voterEmail).body(), "sent"));

            smtp.start();
            // Mail other tests left waiting in the outbox arrives too: only this test's recipients are looked at.
            Set<String> concerned = Set.of(authorEmail, voterEmail, commenterEmail, officialEmail, bystanderEmail);
            Function<MimeMessage, String> recipientOf = m -> {
                try {
                    return m.getAllRecipients()[0].toString();
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            };
            long until = System.currentTimeMillis() + 90_000;
            MimeMessage[] received = new MimeMessage[0];
            while (System.currentTimeMillis() < until) {
                received = Arrays.stream(smtp.getReceivedMessages()).filter(m -> concerned.contains(recipientOf.apply(m)))
                        .toArray(MimeMessage[]::new);
                if (received.length >= 3) {
                    break;
                }
                Thread.sleep(500);
            }
            // No mail was ever queued for the official who answered or the bystander: none can come later.
            for (String absent : List.of(officialEmail, bystanderEmail)) {
                assertEquals(0, number(fixtures.get("api/test-fixtures/outbox?recipient=" + absent).body(), "attempts")
                        + number(fixtures.get("api/test-fixtures/outbox?recipient=" + absent).body(), "queued"));
            }
            received = Arrays.stream(smtp.getReceivedMessages()).filter(m -> concerned.contains(recipientOf.apply(m)))
                    .toArray(MimeMessage[]::new);
            Set<String> recipients = Arrays.stream(received).map(recipientOf).collect(Collectors.toSet());
            assertEquals(3, received.length, "three mails once the server is back: " + recipients);
            assertEquals(Set.of(authorEmail, voterEmail, commenterEmail), recipients);
            for (MimeMessage message : received) {
                String to = message.getAllRecipients()[0].toString();
                String body = GreenMailUtil.getBody(message);
                if (to.equals(commenterEmail)) {
                    assertEquals("The town answered \"Un composteur collectif au Plateau\"", message.getSubject());
                    assertTrue(body.contains("Accepted"), body);
                } else {
                    assertEquals("La commune a répondu à «\u00a0Un composteur collectif au Plateau\u00a0»", message.getSubject());
                }
                assertTrue(body.contains("/proposals/" + id + "/"), body);
                assertFalse(to.equals(officialEmail) || to.equals(bystanderEmail));
            }
            assertEquals(1, number(fixtures.get("api/test-fixtures/outbox?recipient=" + voterEmail).body(), "sent"));
        } finally {
            smtp.stop();
        }

        HttpResponse<String> read = voter.submitForm("account/notifications.xhtml", "readForm", "markAllRead", Map.of());
        assertEquals(302, read.statusCode(), read.body());
        assertTrue(voter.get("index.xhtml").body().contains("Notifications, aucune non lue\""));
    }
}
