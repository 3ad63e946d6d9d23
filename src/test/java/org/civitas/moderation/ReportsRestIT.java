package org.civitas.moderation;

import org.civitas.testing.AllAtOnce;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports over HTTP: once per account, never one's own, refused when malformed; three distinct reports hide a
 * proposal or a comment from visitors (not from its author), and simultaneous reports hide it exactly once. Reports
 * from new accounts reach the moderators without hiding anything; an account files a limited number a day.
 */
@ExtendWith(Portal.class)
class ReportsRestIT {

    private static final String SPAM = "{\"reason\":\"SPAM\",\"details\":\"Publicité répétée\"}";


    private final URL base = Portal.base();

    /** A citizen registered a month ago: old enough for its reports to count toward hiding. */
    private PortalClient citizen(String name) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.registerCitizen(name, 30);
        return client;
    }

    /** A citizen registered today. */
    private PortalClient newCitizen(String name) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.registerNewCitizen(name);
        return client;
    }

    private PortalClient moderator() throws Exception {
        return TestAccounts.signedInWithRole(base.toURI(), "Modérateur Signalements", "MODERATOR");
    }

    @Test
    void reportsFromNewAccountsReachTheModeratorsButHideNothing() throws Exception {
        PortalClient author = citizen("Autrice Visée");
        long id = TestProposals.publish(author, "Une piste cyclable rue des Lilas", "culture").id();
        PortalClient visitor = new PortalClient(base.toURI());
        for (String name : List.of("Nouveau Un", "Nouvelle Deux", "Nouveau Trois", "Nouvelle Quatre")) {
            HttpResponse<String> report = newCitizen(name).sendJson("POST", "api/proposals/" + id + "/reports", SPAM);
            assertEquals(201, report.statusCode(), report.body());
            assertTrue(report.body().contains("\"hidden\":false"), report.body());
        }
        assertEquals(200, visitor.get("api/proposals/" + id).statusCode(), "four new accounts hide nothing");

        String decision = moderator().get("moderation/decide.xhtml?target=PROPOSAL&id=" + id).body();
        assertEquals(4, decision.split("report-new-account", -1).length - 1,
                "the four reports wait in the queue, marked as from new accounts: " + decision);

        // Older accounts still hide it, and only their reports count: the third of them does it
        for (String name : List.of("Ancienne Une", "Ancien Deux")) {
            assertTrue(citizen(name).sendJson("POST", "api/proposals/" + id + "/reports", SPAM).body()
                    .contains("\"hidden\":false"));
        }
        assertEquals(200, visitor.get("api/proposals/" + id).statusCode(), "two counted reports do not hide");
        HttpResponse<String> third = citizen("Ancienne Trois").sendJson("POST", "api/proposals/" + id + "/reports",
                SPAM);
        assertTrue(third.body().contains("\"hidden\":true"), third.body());
        assertEquals(404, visitor.get("api/proposals/" + id).statusCode());
    }

    @Test
    void anAccountFilesALimitedNumberOfReportsADay() throws Exception {
        PortalClient author = citizen("Auteur Prolifique");
        long first = TestProposals.publish(author, "Première idée du jour", "culture").id();
        long second = TestProposals.publish(author, "Seconde idée du jour", "culture").id();
        PortalClient reporter = new PortalClient(base.toURI());
        String email = reporter.registerCitizen("Signaleur Zélé", 30);
        long accountId = TestProposals.number(reporter.sendJson("POST", "api/test-fixtures/account-id?email=" + email,
                null).body(), "id");
        assertEquals(204, reporter.sendJson("POST", "api/test-fixtures/limit-used?limit=report-day&subject="
                + accountId + "&times=49", null).statusCode());

        assertEquals(201, reporter.sendJson("POST", "api/proposals/" + first + "/reports", SPAM).statusCode(),
                "the fiftieth of the day");
        HttpResponse<String> refused = reporter.sendJson("POST", "api/proposals/" + second + "/reports", SPAM);
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().contains("50 signalements aujourd’hui"), refused.body());
    }

    @Test
    void threeDistinctReportsHideAProposalFromEveryoneButItsAuthor() throws Exception {
        PortalClient author = citizen("Auteur Signalé");
        String title = "Achetez nos montres " + UUID.randomUUID().toString().substring(0, 8);
        long id = TestProposals.publish(author, title, "culture").id();
        PortalClient visitor = new PortalClient(base.toURI());

        assertEquals(401, visitor.sendJson("POST", "api/proposals/" + id + "/reports", SPAM).statusCode());
        assertEquals(403, author.sendJson("POST", "api/proposals/" + id + "/reports", SPAM).statusCode(), "one's own");

        PortalClient first = citizen("Signaleuse Une");
        assertEquals(422, first.sendJson("POST", "api/proposals/" + id + "/reports", "{\"reason\":\"BORING\"}").statusCode());
        assertEquals(422, first.sendJson("POST", "api/proposals/" + id + "/reports", "{}").statusCode());
        assertEquals(422, first.sendJson("POST", "api/proposals/" + id + "/reports",
                "{\"reason\":\"SPAM\",\"details\":\"" + "x".repeat(501) + "\"}").statusCode());
        assertEquals(400, first.sendJson("POST", "api/proposals/" + id + "/reports", "{\"reason\":").statusCode());
        HttpResponse<String> one = first.sendJson("POST", "api/proposals/" + id + "/reports", SPAM);
        assertEquals(201, one.statusCode(), one.body());
        assertTrue(one.body().contains("\"hidden\":false"), one.body());
        HttpResponse<String> again = first.sendJson("POST", "api/proposals/" + id + "/reports", SPAM);
        assertEquals(409, again.statusCode(), "once per account: " + again.body());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").contains("problem+json"), again.body());
        HttpResponse<String> noComment = first.sendJson("POST", "api/comments/999999999/reports", SPAM);
        assertEquals(404, noComment.statusCode(), noComment.body());
        // Said in UTF-8, and said so: a client that guesses the encoding shows the apostrophe, not "nâ€™existe"
        assertTrue(noComment.headers().firstValue("Content-Type").orElse("").matches("(?i)application/problem\\+json;\\s*charset=utf-8"),
                noComment.headers().firstValue("Content-Type").orElse(""));
        assertTrue(noComment.body().contains("n’existe"), noComment.body());

        assertEquals(201, citizen("Signaleur Deux").sendJson("POST", "api/proposals/" + id + "/reports",
                "{\"reason\":\"OFF_TOPIC\"}").statusCode());
        assertEquals(200, visitor.get("api/proposals/" + id).statusCode(), "two reports do not hide");
        HttpResponse<String> third = citizen("Signaleuse Trois").sendJson("POST", "api/proposals/" + id + "/reports",
                "{\"reason\":\"OFFENSIVE\"}");
        assertEquals(201, third.statusCode(), third.body());
        assertTrue(third.body().contains("\"hidden\":true"), third.body());

        assertEquals(404, visitor.get("api/proposals/" + id).statusCode(), "hidden from visitors");
        assertFalse(visitor.get("api/proposals?size=100&q=" + title.substring(title.length() - 8)).body().contains(title),
                "hidden from the list");
        assertEquals(404, citizen("Votant Tardif").sendJson("PUT", "api/proposals/" + id + "/vote",
                "{\"choice\":\"FOR\"}").statusCode(), "a hidden proposal takes no votes");
        assertEquals(200, author.get("api/proposals/" + id).statusCode(), "its author still sees it");
        assertEquals(404, citizen("Signaleur Quatre").sendJson("POST", "api/proposals/" + id + "/reports", SPAM)
                .statusCode(), "nothing more to report once hidden");
    }

    @Test
    void threeReportsHideACommentsTextButKeepItsPlaceAndReplies() throws Exception {
        PortalClient author = citizen("Auteur Débat");
        long id = TestProposals.publish(author, "Une proposition avec débat", "culture").id();
        PortalClient troll = citizen("Troll Local");
        HttpResponse<String> posted = troll.sendJson("POST", "api/proposals/" + id + "/comments",
                "{\"text\":{\"body\":\"Texte injurieux à masquer\"}}");
        long commentId = TestProposals.number(posted.body(), "id");
        HttpResponse<String> reply = author.sendJson("POST", "api/proposals/" + id + "/comments",
                "{\"text\":{\"body\":\"Restons courtois.\"},\"parentId\":" + commentId + "}");
        assertEquals(201, reply.statusCode(), reply.body());
        assertEquals(2, TestProposals.number(author.get("api/proposals/" + id).body(), "commentCount"));

        for (String name : List.of("Lectrice A", "Lecteur B", "Lectrice C")) {
            assertEquals(201, citizen(name).sendJson("POST", "api/comments/" + commentId + "/reports",
                    "{\"reason\":\"OFFENSIVE\"}").statusCode());
        }
        PortalClient visitor = new PortalClient(base.toURI());
        String thread = visitor.get("api/proposals/" + id + "/comments?order=OLDEST").body();
        assertFalse(thread.contains("Texte injurieux"), thread);
        assertTrue(thread.contains("\"hidden\":true"), thread);
        assertTrue(thread.contains("Restons courtois."), "replies stay: " + thread);
        assertTrue(troll.get("api/proposals/" + id + "/comments?order=OLDEST").body().contains("Texte injurieux"),
                "its author still reads it");
        assertEquals(1, TestProposals.number(visitor.get("api/proposals/" + id).body(), "commentCount"),
                "the counter counts what visitors see");
        assertEquals(404, author.sendJson("POST", "api/proposals/" + id + "/comments",
                "{\"text\":{\"body\":\"Réponse\"},\"parentId\":" + commentId + "}").statusCode(), "no reply to a hidden comment");
        assertEquals(409, troll.sendJson("PUT", "api/comments/" + commentId, "{\"body\":\"Corrigé\"}").statusCode(),
                "a hidden comment cannot be rewritten");
        assertEquals(204, troll.sendJson("DELETE", "api/comments/" + commentId, null).statusCode());
        assertEquals(1, TestProposals.number(visitor.get("api/proposals/" + id).body(), "commentCount"),
                "deleting a hidden comment does not count it off twice");
    }

    @Test
    void simultaneousReportsHideACommentExactlyOnce() throws Exception {
        PortalClient author = citizen("Auteur Foule");
        long id = TestProposals.publish(author, "Une proposition très lue", "culture").id();
        long commentId = TestProposals.number(author.sendJson("POST", "api/proposals/" + id + "/comments",
                "{\"text\":{\"body\":\"Un commentaire signalé par la foule\"}}").body(), "id");
        PortalClient fixtures = new PortalClient(base.toURI());
        String prefix = "reporters-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, fixtures.sendJson("POST", "api/test-fixtures/citizens?count=8&days=30&prefix=" + prefix,
                null).statusCode());
        List<PortalClient> reporters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            PortalClient client = new PortalClient(base.toURI());
            assertEquals(302, client.signIn(prefix + "-" + i + "@civitas.test", TestAccounts.PASSWORD).statusCode());
            reporters.add(client);
        }
        List<String> answers = AllAtOnce.run(8, i -> () -> {
            HttpResponse<String> r = reporters.get(i).sendJson("POST", "api/comments/" + commentId + "/reports",
                    "{\"reason\":\"SPAM\"}");
            return r.statusCode() + " " + r.body();
        });
        long created = answers.stream().filter(a -> a.startsWith("201")).count();
        long hidOnce = answers.stream().filter(a -> a.contains("\"hidden\":true")).count();
        assertEquals(1, hidOnce, answers.toString());
        assertTrue(created >= 3, answers.toString());
        assertTrue(answers.stream().allMatch(a -> a.startsWith("201") || a.startsWith("404")),
                "after it is hidden, later reports find nothing to report: " + answers);
        assertEquals(0, TestProposals.number(author.get("api/proposals/" + id).body(), "commentCount"));
    }
}
