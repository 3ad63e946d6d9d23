package org.civitas.comments;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comment threads over HTTP: three levels, official badge, edit and delete by the author only, the counter. */
@ExtendWith(Portal.class)
class CommentsRestIT {

    private final URL base = Portal.base();

    /** The JSON object of one comment in a thread (comments are flat objects). */
    private static String item(String thread, long id) {
        Matcher m = Pattern.compile("\\{[^{}]*\"id\":" + id + "[,}][^{}]*\\}?").matcher(thread);
        assertTrue(m.find(), "comment " + id + " in " + thread);
        return m.group();
    }

    private static String comment(String body, Long parent) {
        return "{\"text\":{\"body\":\"" + body + "\"},\"parentId\":" + parent + "}";
    }

    @Test
    void threadsOfThreeLevelsWithTheOfficialBadgeAndAnExactCounter() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Fil");
        long id = TestProposals.publish(author, "Une proposition à débattre", "culture").id();

        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Commentatrice");
        HttpResponse<String> root = citizen.sendJson("POST", "api/proposals/" + id + "/comments",
                comment("Bonne idée, voir https://example.org <script>alert(1)</script>", null));
        assertEquals(201, root.statusCode(), root.body());
        long rootId = TestProposals.number(root.body(), "id");

        PortalClient official = new PortalClient(base.toURI());
        String officialEmail = official.registerNewCitizen("Élue Répondante");
        assertEquals(204, official.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + officialEmail, null).statusCode());
        official = new PortalClient(base.toURI());
        official.signIn(officialEmail, TestAccounts.PASSWORD);
        HttpResponse<String> reply = official.sendJson("POST", "api/proposals/" + id + "/comments", comment("Nous étudions.", rootId));
        assertEquals(201, reply.statusCode(), reply.body());
        long replyId = TestProposals.number(reply.body(), "id");
        HttpResponse<String> third = citizen.sendJson("POST", "api/proposals/" + id + "/comments", comment("Merci !", replyId));
        assertEquals(201, third.statusCode(), third.body());
        long thirdId = TestProposals.number(third.body(), "id");
        HttpResponse<String> fourth = citizen.sendJson("POST", "api/proposals/" + id + "/comments", comment("Trop loin", thirdId));
        assertEquals(422, fourth.statusCode(), fourth.body());

        String thread = author.get("api/proposals/" + id + "/comments?order=OLDEST").body();
        assertTrue(thread.contains("\"author\":\"Commentatrice\""), thread);
        assertTrue(item(thread, replyId).contains("\"official\":true"), thread);
        assertTrue(item(thread, rootId).contains("\"official\":false"), thread);
        assertTrue(thread.matches("(?s).*\"id\":" + rootId + ".*\"id\":" + replyId + ".*\"id\":" + thirdId + ".*"),
                "replies follow their parent: " + thread);
        assertEquals(3, TestProposals.number(author.get("api/proposals/" + id).body(), "commentCount"));

        assertEquals(403, author.sendJson("PUT", "api/comments/" + rootId, "{\"body\":\"Pas à moi\"}").statusCode());
        HttpResponse<String> edited = citizen.sendJson("PUT", "api/comments/" + rootId, "{\"body\":\"Très bonne idée\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(403, author.sendJson("DELETE", "api/comments/" + rootId, null).statusCode());
        assertEquals(204, citizen.sendJson("DELETE", "api/comments/" + rootId, null).statusCode());
        assertEquals(204, citizen.sendJson("DELETE", "api/comments/" + rootId, null).statusCode(), "twice changes nothing");

        String after = author.get("api/proposals/" + id + "/comments?order=OLDEST").body();
        assertTrue(item(after, rootId).contains("\"deleted\":true"), after);
        assertFalse(item(after, rootId).contains("\"text\""), "a deleted comment has no text: " + after);
        assertTrue(after.contains("Nous étudions."), "replies stay: " + after);
        assertFalse(after.contains("Très bonne idée"));
        assertEquals(2, TestProposals.number(author.get("api/proposals/" + id).body(), "commentCount"));
    }

    @Test
    void emptyHugeAnonymousAndDraftCommentsAreRefused() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Brouillon");
        HttpResponse<String> draft = author.sendJson("POST", "api/proposals", TestProposals.json("Un brouillon privé ici", "culture", null));
        long draftId = TestProposals.number(draft.body(), "id");
        long id = TestProposals.publish(author, "Une proposition publiée", "culture").id();

        assertEquals(422, author.sendJson("POST", "api/proposals/" + id + "/comments", comment("   ", null)).statusCode());
        assertEquals(422, author.sendJson("POST", "api/proposals/" + id + "/comments", comment("x".repeat(2001), null)).statusCode());
        assertEquals(404, author.sendJson("POST", "api/proposals/" + draftId + "/comments", comment("Sur un brouillon", null)).statusCode());
        PortalClient anonymous = new PortalClient(base.toURI());
        assertEquals(401, anonymous.sendJson("POST", "api/proposals/" + id + "/comments", comment("Anonyme", null)).statusCode());
        assertEquals(404, anonymous.get("api/proposals/" + draftId + "/comments").statusCode());
    }

    @Test
    void theEleventhCommentInTenMinutesIsRefused() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Bavard");
        long id = TestProposals.publish(author, "Une proposition très commentée", "culture").id();
        for (int i = 1; i <= 10; i++) {
            assertEquals(201, author.sendJson("POST", "api/proposals/" + id + "/comments", comment("Message " + i, null)).statusCode());
        }
        HttpResponse<String> eleventh = author.sendJson("POST", "api/proposals/" + id + "/comments", comment("Message 11", null));
        assertEquals(429, eleventh.statusCode(), eleventh.body());
        assertEquals(10, TestProposals.number(author.get("api/proposals/" + id).body(), "commentCount"), "the refused one did not count");
    }
}
