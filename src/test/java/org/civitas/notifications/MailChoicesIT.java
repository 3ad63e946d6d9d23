package org.civitas.notifications;

import jakarta.mail.internet.MimeMessage;
import org.civitas.testing.Mailbox;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail as each person chose it, over real HTTP and SMTP: a reply is mailed at once with the one-click unsubscribe of
 * RFC 8058, which works without signing in and stops exactly replies; what one follows waits for the daily (or the
 * weekly) digest, prepared only for people with news, once per period; choices are validated.
 */
@ExtendWith(Portal.class)
class MailChoicesIT {

    private static final String NB = "\u00a0";
    private static final Pattern ONE_CLICK = Pattern.compile("^<https?://[^/]+/(api/unsubscribe/u1\\.[0-9]+\\.([A-Z_]+)\\.[A-Za-z0-9_-]{22})>$");

    private final URL base = Portal.base();

    @Test
    void aReplyIsMailedAtOnceAndItsOneClickUnsubscribeStopsExactlyReplies() throws Exception {
        String word = word();
        PortalClient author = client();
        author.registerNewCitizen("Autrice " + word);
        long proposal = TestProposals.publish(author, "Une fontaine au square " + word, "culture").id();
        PortalClient me = client();
        String myEmail = me.registerNewCitizen("Commentatrice " + word);
        HttpResponse<String> mine = me.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"text\":{\"body\":\"Avec de l'eau potable ?\"}}");
        assertEquals(201, mine.statusCode(), mine.body());
        long myComment = TestProposals.number(mine.body(), "id");
        PortalClient replier = client();
        replier.registerNewCitizen("Répondeur " + word);

        String unsubscribe;
        try (Mailbox mailbox = Mailbox.start()) {
            assertEquals(201, replier.sendJson("POST", "api/proposals/" + proposal + "/comments",
                    "{\"text\":{\"body\":\"Oui, bien sûr.\"},\"parentId\":" + myComment + "}").statusCode());
            MimeMessage mail = mailbox.await(myEmail, "Réponse à votre commentaire");
            assertEquals("Réponse à votre commentaire sur «" + NB + "Une fontaine au square " + word + NB + "»",
                    mail.getSubject());
            String header = mail.getHeader("List-Unsubscribe")[0];
            Matcher oneClick = ONE_CLICK.matcher(header);
            assertTrue(oneClick.matches(), header);
            assertEquals("REPLY", oneClick.group(2));
            assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
            String text = Mailbox.text(mail);
            assertTrue(text.contains("/proposals/" + proposal + "/"), text);
            assertTrue(text.contains("/unsubscribe?t=u1."), "the page for people, too: " + text);
            assertFalse(text.contains("[[unsubscribe]]"), text);
            unsubscribe = oneClick.group(1);
        }

        // The mail client posts it, without the person's cookies; twice changes nothing more
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> stopped = oneClick(unsubscribe);
            assertEquals(200, stopped.statusCode(), stopped.body());
            assertTrue(stopped.body().contains("\"stopped\":[\"REPLY\"]"), stopped.body());
        }
        String choices = me.get("api/me/notice-preferences").body();
        assertEquals("NEVER", cadence(choices, "REPLY"), choices);
        assertEquals("IMMEDIATE", cadence(choices, "ANSWER"), "only replies stop: " + choices);
        // A forged or altered token stops nothing
        String forged = unsubscribe.substring(0, unsubscribe.length() - 1)
                + (unsubscribe.endsWith("A") ? "B" : "A");
        assertEquals(404, oneClick(forged).statusCode());
        assertEquals(404, oneClick(unsubscribe.replace(".REPLY.", ".ANSWER.")).statusCode());

        // The next reply is in the portal, and no mail is queued for it
        long queued = TestProposals.number(me.get("api/test-fixtures/outbox?recipient=" + myEmail).body(), "queued");
        assertEquals(201, replier.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"text\":{\"body\":\"Et un banc à côté.\"},\"parentId\":" + myComment + "}").statusCode());
        awaitNotices(me, "Quelqu’un a répondu à votre commentaire", 2);
        assertEquals(queued, TestProposals.number(me.get("api/test-fixtures/outbox?recipient=" + myEmail).body(),
                "queued"), "no mail once replies are stopped");
    }

    @Test
    void whatOneFollowsWaitsForTheDigestOfOnesChoiceWhichGathersItOnce() throws Exception {
        String word = word();
        PortalClient author = client();
        author.registerNewCitizen("Auteur " + word);
        String title = "Un jardin partagé rue " + word;
        long proposal = TestProposals.publish(author, title, "environnement").id();
        PortalClient daily = client();
        String dailyEmail = daily.registerNewCitizen("Quotidienne " + word);
        assertEquals(204, daily.sendJson("PUT", "api/me/follows/proposal/" + proposal, null).statusCode());
        PortalClient weekly = client();
        String weeklyEmail = weekly.registerNewCitizen("Weekly " + word);
        assertEquals(204, weekly.sendJson("PUT", "api/me/locale", "{\"locale\":\"en\"}").statusCode());
        assertEquals(204, weekly.sendJson("PUT", "api/me/follows/proposal/" + proposal, null).statusCode());
        HttpResponse<String> chosen = weekly.sendJson("PUT", "api/me/notice-preferences/comment",
                "{\"cadence\":\"weekly\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals("WEEKLY", cadence(chosen.body(), "COMMENT"), chosen.body());
        assertTrue(chosen.body().contains("\"byDefault\":\"DAILY\""), chosen.body());
        // Choices are checked: an unknown cadence or kind, nobody signed in
        assertEquals(400, weekly.sendJson("PUT", "api/me/notice-preferences/comment", "{\"cadence\":\"HOURLY\"}")
                .statusCode());
        assertEquals(404, weekly.sendJson("PUT", "api/me/notice-preferences/gossip", "{\"cadence\":\"DAILY\"}")
                .statusCode());
        assertEquals(401, client().get("api/me/notice-preferences").statusCode());

        PortalClient commenter = client();
        commenter.registerNewCitizen("Bavard " + word);
        for (String body : new String[]{"Premier avis.", "Second avis."}) {
            assertEquals(201, commenter.sendJson("POST", "api/proposals/" + proposal + "/comments",
                    "{\"text\":{\"body\":\"" + body + "\"}}").statusCode());
        }
        awaitNotices(daily, "Nouveau commentaire sur", 2);
        awaitNotices(weekly, "Nouveau commentaire sur", 2);
        assertEquals(0, TestProposals.number(daily.get("api/test-fixtures/outbox?recipient=" + dailyEmail).body(),
                "queued"), "comments on what one follows are not mailed at once by default");

        PortalClient admin = client();
        TestAccounts.signInAsAdmin(admin);
        assertEquals(403, daily.sendJson("POST", "api/digests/daily", null).statusCode(), "operators only");
        assertEquals(404, admin.sendJson("POST", "api/digests/hourly", null).statusCode());
        try (Mailbox mailbox = Mailbox.start()) {
            HttpResponse<String> run = admin.sendJson("POST", "api/digests/daily", null);
            assertEquals(201, run.statusCode(), run.body());
            assertTrue(TestProposals.number(run.body(), "prepared") >= 2, run.body());
            assertEquals(1, digests(dailyEmail));
            assertEquals(0, digests(weeklyEmail), "the weekly reader is not in the daily digest");

            MimeMessage digest = mailbox.await(dailyEmail, "Votre résumé du jour");
            assertEquals("Votre résumé du jour" + NB + ": 2 nouveautés", digest.getSubject());
            String text = Mailbox.text(digest);
            assertTrue(text.contains("Nouveau commentaire sur «" + NB + title + NB + "»."), text);
            assertTrue(text.contains("/proposals/" + proposal + "/"), text);
            Matcher oneClick = ONE_CLICK.matcher(digest.getHeader("List-Unsubscribe")[0]);
            assertTrue(oneClick.matches());
            assertEquals("DAILY", oneClick.group(2));

            // A second run covers only what came since: nobody is told twice
            assertEquals(201, admin.sendJson("POST", "api/digests/daily", null).statusCode());
            assertEquals(1, digests(dailyEmail));

            HttpResponse<String> weeklyRun = admin.sendJson("POST", "api/digests/weekly", null);
            assertEquals(201, weeklyRun.statusCode(), weeklyRun.body());
            MimeMessage inEnglish = mailbox.await(weeklyEmail, "Your weekly digest");
            assertEquals("Your weekly digest: 2 new items", inEnglish.getSubject());
            assertTrue(Mailbox.text(inEnglish).contains("New comment on “" + title + "”."), Mailbox.text(inEnglish));

            // Stopping the daily digest stops the kinds it gathers, and nothing else
            HttpResponse<String> stopped = oneClick(oneClick.group(1));
            assertEquals(200, stopped.statusCode(), stopped.body());
            String choices = daily.get("api/me/notice-preferences").body();
            for (String kind : new String[]{"COMMENT", "NEW_PROPOSAL", "MILESTONE"}) {
                assertEquals("NEVER", cadence(choices, kind), choices);
            }
            assertEquals("IMMEDIATE", cadence(choices, "REPLY"), choices);
        }
        String runs = admin.get("api/digests").body();
        assertTrue(runs.contains("\"cadence\":\"WEEKLY\"") && runs.contains("\"cadence\":\"DAILY\""), runs);
        String audit = admin.get("admin/audit.xhtml").body();
        assertTrue(audit.contains("Résumés préparés"), "the runs are in the audit log");
    }

    @Test
    void theUnsubscribePageAsksBeforeItStopsAndRefusesAForgedLink() throws Exception {
        String word = word();
        PortalClient me = client();
        String email = me.registerNewCitizen("Lectrice " + word);
        long id = TestProposals.number(client().sendJson("POST", "api/test-fixtures/account-id?email=" + email, null)
                .body(), "id");
        String forged = "u1." + id + ".ANSWER.AAAAAAAAAAAAAAAAAAAAAA";
        PortalClient visitor = client();
        String page = visitor.get("unsubscribe?t=" + forged).body();
        assertTrue(page.contains("Ce lien de désabonnement n’est pas valable."), page);
        assertFalse(page.contains("unsubscribeForm"), page);
        assertEquals(200, visitor.get("unsubscribe").statusCode(), "no token: the same explanation, no error");
    }

    private HttpResponse<String> oneClick(String path) throws Exception {
        // A mail client's request: no cookie, no Origin, the body RFC 8058 prescribes
        HttpClient bare = HttpClient.newHttpClient();
        return bare.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The cadence of one kind in the preferences' JSON. */
    private static String cadence(String json, String kind) {
        Matcher item = Pattern.compile("\\{[^}]*\"kind\":\"" + kind + "\"[^}]*\\}").matcher(json);
        if (!item.find()) {
            throw new AssertionError("No " + kind + " in " + json);
        }
        Matcher cadence = Pattern.compile("\"cadence\":\"([A-Z]+)\"").matcher(item.group());
        return cadence.find() ? cadence.group(1) : null;
    }

    private long digests(String email) throws Exception {
        return TestProposals.number(client().get("api/test-fixtures/digests?recipient=" + email).body(), "digests");
    }

    /** Waits (at most 20 s: the outbox's next round) until the person's notifications hold {@code text} n times. */
    private static void awaitNotices(PortalClient person, String text, int times) {
        String page = person.awaitPage("account/notifications.xhtml", text, times);
        assertEquals(times, PortalClient.occurrences(page, text), "\"" + text + "\" in " + page);
    }

    private PortalClient client() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static String word() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
