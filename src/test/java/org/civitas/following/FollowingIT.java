package org.civitas.following;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following over real HTTP: following and unfollowing are exact whatever arrives twice or at once, only what one may
 * see can be followed, authors follow what they publish, and followers are told of new comments, replies, answers
 * and new proposals (after the change commits, through the outbox), never of their own doing and not after they
 * unfollowed.
 */
@ExtendWith(Portal.class)
class FollowingIT {

    private static final String NB = "\u00a0";

    private final URL base = Portal.base();

    @Test
    void followingTwiceOrAtOnceKeepsOneFollowAndUnfollowingIsAsExact() throws Exception {
        String word = word();
        PortalClient author = client();
        author.registerNewCitizen("Autrice " + word);
        long proposal = TestProposals.publish(author, "Des bancs au parc " + word, "culture").id();
        PortalClient me = client();
        me.registerNewCitizen("Suiveuse " + word);

        assertEquals(204, me.sendJson("PUT", "api/me/follows/proposal/" + proposal, null).statusCode());
        assertEquals(204, me.sendJson("PUT", "api/me/follows/proposal/" + proposal, null).statusCode());
        List<CompletableFuture<HttpResponse<String>>> atOnce = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            atOnce.add(CompletableFuture.supplyAsync(() -> me.sendJson("PUT", "api/me/follows/theme/culture", null)));
        }
        for (CompletableFuture<HttpResponse<String>> response : atOnce) {
            assertEquals(204, response.get().statusCode(), response.get().body());
        }
        String list = me.get("api/me/follows").body();
        assertEquals(2, TestProposals.number(list, "total"), list);
        assertEquals(1, PortalClient.occurrences(list, "\"kind\":\"THEME\""), list);
        assertTrue(list.contains("\"code\":\"culture\""), list);
        assertTrue(list.contains("Des bancs au parc " + word), list);
        assertTrue(me.get("api/me/follows/proposal/" + proposal).body().contains("\"following\":true"));
        // The author follows what they published, and counts among its followers
        assertTrue(author.get("api/me/follows/proposal/" + proposal).body().contains("\"following\":true"));
        assertEquals(2, TestProposals.number(me.get("api/me/follows/proposal/" + proposal).body(), "followers"));

        assertEquals(204, me.sendJson("DELETE", "api/me/follows/proposal/" + proposal, null).statusCode());
        assertEquals(204, me.sendJson("DELETE", "api/me/follows/proposal/" + proposal, null).statusCode());
        assertTrue(me.get("api/me/follows/proposal/" + proposal).body().contains("\"following\":false"));
        assertEquals(1, TestProposals.number(me.get("api/me/follows").body(), "total"));

        // The account page lists it, with its unfollow button, and works without JavaScript
        String page = me.get("account/following.xhtml").body();
        assertTrue(page.contains("name=\"followWant\" value=\"unfollow\""), page);
        assertFalse(page.contains("Des bancs au parc " + word), "unfollowed: no longer listed");
    }

    @Test
    void onlyWhatOneMaySeeCanBeFollowedAndOnlyWhenSignedIn() throws Exception {
        String word = word();
        PortalClient me = client();
        String email = me.registerNewCitizen("Curieux " + word);
        long myId = TestProposals.number(client().sendJson("POST", "api/test-fixtures/account-id?email=" + email, null)
                .body(), "id");
        HttpResponse<String> draft = me.sendJson("POST", "api/proposals", TestProposals.json("Brouillon " + word,
                "culture", null));
        long draftId = TestProposals.number(draft.body(), "id");

        for (String path : List.of("proposal/999999999", "proposal/" + draftId, "theme/no-such-theme",
                "district/no-such-district", "person/" + myId, "person/999999999", "planet/1", "proposal/abc")) {
            HttpResponse<String> refused = me.sendJson("PUT", "api/me/follows/" + path, null);
            assertEquals(404, refused.statusCode(), path + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), path);
            assertFalse(refused.body().contains("Exception"), refused.body());
        }
        assertEquals(0, TestProposals.number(me.get("api/me/follows").body(), "total"));
        assertEquals(400, me.get("api/me/follows?page=-1").statusCode());

        PortalClient visitor = client();
        assertEquals(401, visitor.sendJson("PUT", "api/me/follows/theme/culture", null).statusCode());
        assertEquals(401, visitor.get("api/me/follows").statusCode());
        // A read-only token reads what one follows, and changes nothing
        String token = TestAccounts.createReadToken(me, "Lecture " + word);
        PortalClient program = client();
        HttpResponse<String> read = program.send(HttpRequest.newBuilder(program.resolve("api/me/follows"))
                .header("Authorization", "Bearer " + token).GET().build());
        assertEquals(200, read.statusCode(), read.body());
        HttpResponse<String> write = program.send(HttpRequest.newBuilder(program.resolve("api/me/follows/theme/culture"))
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, write.statusCode(), write.body());
    }

    @Test
    void followersHearOfCommentsRepliesAndAnswersButNeverOfTheirOwnOrOnceUnfollowed() throws Exception {
        String word = word();
        String title = "Une fontaine place du marché " + word;
        PortalClient author = client();
        author.registerNewCitizen("Autrice " + word);
        long proposal = TestProposals.publish(author, title, "culture").id();
        PortalClient follower = client();
        follower.registerNewCitizen("Suiveur " + word);
        assertEquals(204, follower.sendJson("PUT", "api/me/follows/proposal/" + proposal, null).statusCode());
        PortalClient commenter = client();
        commenter.registerNewCitizen("Commentatrice " + word);

        long comment = TestProposals.number(commenter.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"text\":{\"body\":\"Bonne idée " + word + "\"}}").body(), "id");
        String newComment = "Nouveau commentaire sur «" + NB + title + NB + "»";
        awaitNotices(author, newComment, 1);
        awaitNotices(follower, newComment, 1);

        // The author replies: the commenter is told of a reply, the follower of a comment, the author of nothing
        assertEquals(201, author.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"parentId\":" + comment + ",\"text\":{\"body\":\"Merci " + word + "\"}}").statusCode());
        awaitNotices(commenter, "a répondu à votre commentaire sur «" + NB + title + NB + "»", 1);
        awaitNotices(follower, newComment, 2);
        assertEquals(0, PortalClient.occurrences(notices(commenter), newComment), "the commenter follows nothing: only the reply");
        assertEquals(1, PortalClient.occurrences(notices(author), newComment), "never told of one's own comment");

        // The follower stops following: a further comment and the answer reach the author, not them
        assertEquals(204, follower.sendJson("DELETE", "api/me/follows/proposal/" + proposal, null).statusCode());
        PortalClient another = client();
        another.registerNewCitizen("Voisin " + word);
        assertEquals(201, another.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"text\":{\"body\":\"Et un banc " + word + "\"}}").statusCode());
        awaitNotices(author, newComment, 2);
        assertEquals(2, PortalClient.occurrences(notices(follower), newComment), "unfollowed: nothing more");

        // An answer reaches whoever follows the proposal, as it reaches its participants
        PortalClient lateFollower = client();
        lateFollower.registerNewCitizen("Suiveuse tardive " + word);
        assertEquals(204, lateFollower.sendJson("PUT", "api/me/follows/proposal/" + proposal, null).statusCode());
        TestProposals.answer(base.toURI(), proposal, "Nous l’installerons au printemps " + word + ".");
        awaitNotices(lateFollower, "La commune a répondu à «" + NB + title + NB + "»", 1);
    }

    @Test
    void followersOfAThemeADistrictOrAPersonHearOfTheirNewProposals() throws Exception {
        String word = word();
        PortalClient author = client();
        String authorEmail = author.registerNewCitizen("Auteur prolifique " + word);
        long authorId = TestProposals.number(client().sendJson("POST", "api/test-fixtures/account-id?email="
                + authorEmail, null).body(), "id");
        PortalClient ofPerson = client();
        ofPerson.registerNewCitizen("Lectrice " + word);
        assertEquals(204, ofPerson.sendJson("PUT", "api/me/follows/person/" + authorId, null).statusCode());
        PortalClient ofDistrict = client();
        ofDistrict.registerNewCitizen("Riverain " + word);
        assertEquals(204, ofDistrict.sendJson("PUT", "api/me/follows/district/gare", null).statusCode());

        String inTown = "Un concert d’été " + word;
        TestProposals.publish(author, inTown, "culture");
        String newProposal = "Nouvelle proposition dans ce que vous suivez" + NB + ": «" + NB;
        awaitNotices(ofPerson, newProposal + inTown + NB + "»", 1);

        PortalClient neighbour = client();
        neighbour.registerNewCitizen("Voisine de la gare " + word);
        String atStation = "Un abri vélos à la gare " + word;
        HttpResponse<String> created = neighbour.sendJson("POST", "api/proposals",
                TestProposals.json(atStation, "culture", "gare"));
        long id = TestProposals.number(created.body(), "id");
        assertEquals(200, neighbour.sendJson("POST", "api/proposals/" + id + "/publish", null).statusCode());
        awaitNotices(ofDistrict, newProposal + atStation + NB + "»", 1);
        assertEquals(0, PortalClient.occurrences(notices(ofDistrict), inTown), "a proposal for the whole town is not the district's");
        assertEquals(0, PortalClient.occurrences(notices(ofPerson), atStation), "another author's proposal");
    }

    @Test
    void followingABudgetTellsOfEachNewIdeaButOnlyAPublicBudgetCanBeFollowed() throws Exception {
        String word = word();
        PortalClient admin = client();
        TestAccounts.signInAsAdmin(admin);
        long budget = TestBudgets.create(admin, TestBudgets.beginningToday(TestBudgets.json("Budget suivi " + word,
                100_000, -10, 60_000, "gare", 40_000), "submission"));
        long upcoming = TestBudgets.create(admin, TestBudgets.json("Budget à venir " + word, 100_000, 10, 60_000,
                "gare", 40_000));
        PortalClient me = client();
        me.registerNewCitizen("Suiveur Budget " + word);
        assertEquals(204, me.sendJson("PUT", "api/me/follows/budget/" + budget, null).statusCode());
        assertEquals(404, me.sendJson("PUT", "api/me/follows/budget/" + upcoming, null).statusCode(),
                "a budget not public yet is not there to follow");
        assertEquals(404, me.sendJson("PUT", "api/me/follows/budget/999999999", null).statusCode());
        String mine = me.get("api/me/follows").body();
        assertTrue(mine.contains("\"kind\":\"BUDGET\"") && mine.contains("Budget suivi " + word), mine);

        TestBudgets.idea(base.toURI(), budget, TestBudgets.envelope(admin, budget, null), "Un kiosque à livres " + word,
                10_000);
        awaitNotices(me, "Un kiosque à livres " + word, 1);
    }

    /** Waits (at most 20 s: the outbox's next round) until the person's notifications hold {@code text} n times. */
    private static void awaitNotices(PortalClient person, String text, int times) {
        String page = person.awaitPage("account/notifications.xhtml", text, times);
        assertEquals(times, PortalClient.occurrences(page, text), "\"" + text + "\" in " + page);
    }

    private static String notices(PortalClient person) {
        return person.get("account/notifications.xhtml").body();
    }

    private PortalClient client() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static String word() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
