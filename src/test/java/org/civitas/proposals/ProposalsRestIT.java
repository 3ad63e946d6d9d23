package org.civitas.proposals;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proposals API over real HTTP: drafts stay private, publication and withdrawal follow the rules. */
@ExtendWith(Portal.class)
class ProposalsRestIT {

    private final URL base = Portal.base();

    private static HttpResponse<String> post(PortalClient client, String path, String json) {
        return client.sendJson("POST", path, json);
    }

    private static String draft(String title, String theme, String district) {
        return TestProposals.json(title, theme, district);
    }

    private static long id(HttpResponse<String> response) {
        return TestProposals.number(response.body(), "id");
    }

    @Test
    void aDraftIsPrivateUntilPublishedThenListedAndWithdrawable() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Test");
        String word = "velo" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = post(author, "api/proposals",
                draft("Des arceaux à " + word + " devant la gare", "mobilite", "gare"));
        assertEquals(201, created.statusCode(), created.body());
        long id = id(created);
        assertTrue(created.body().contains("\"status\":\"DRAFT\""));

        PortalClient anonymous = new PortalClient(base.toURI());
        assertEquals(404, anonymous.get("api/proposals/" + id).statusCode(), "a draft is private");
        assertFalse(anonymous.get("api/proposals?q=" + word).body().contains(word));
        assertEquals(200, author.get("api/proposals/" + id).statusCode(), "its author sees it");

        HttpResponse<String> published = post(author, "api/proposals/" + id + "/publish", null);
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(published.body().contains("\"status\":\"PUBLISHED\""));
        assertTrue(published.body().contains("\"path\":\"/proposals/" + id + "/des-arceaux-a-" + word + "-devant-la-gare\""),
                published.body());
        assertTrue(published.body().matches("(?s).*\"history\":\\[\\{[^]]*\"to\":\"DRAFT\"[^]]*\"to\":\"PUBLISHED\".*"),
                published.body());

        String list = anonymous.get("api/proposals?q=" + word.toUpperCase() + "&theme=mobilite&district=gare").body();
        assertTrue(list.contains("\"id\":" + id) && list.contains("\"total\":1"), list);
        assertFalse(anonymous.get("api/proposals?q=" + word + "&theme=culture").body().contains("\"id\":" + id));
        assertFalse(anonymous.get("api/proposals?q=" + word + "&district=town").body().contains("\"id\":" + id));

        PortalClient other = new PortalClient(base.toURI());
        other.registerNewCitizen("Autre Habitant");
        assertEquals(403, post(other, "api/proposals/" + id + "/withdraw", null).statusCode());

        HttpResponse<String> withdrawn = post(author, "api/proposals/" + id + "/withdraw", null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"status\":\"WITHDRAWN\""));
        HttpResponse<String> again = post(author, "api/proposals/" + id + "/withdraw", null);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(anonymous.get("api/proposals/" + id).body().contains("\"status\":\"WITHDRAWN\""),
                "a withdrawn proposal stays visible");
    }

    @Test
    void invalidDraftsAreRefusedWithTheirFields() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Pressée");
        HttpResponse<String> shortTitle = post(author, "api/proposals", draft("Court", "mobilite", null));
        assertEquals(422, shortTitle.statusCode(), shortTitle.body());
        assertTrue(shortTitle.body().contains("\"field\":\"title\""), shortTitle.body());
        HttpResponse<String> unknownTheme = post(author, "api/proposals", draft("Un titre assez long", "nope", null));
        assertEquals(422, unknownTheme.statusCode(), unknownTheme.body());
        HttpResponse<String> rtl = post(author, "api/proposals", draft("Un titre \\u202e piégé", "mobilite", null));
        assertEquals(422, rtl.statusCode(), rtl.body());
        HttpResponse<String> huge = post(author, "api/proposals",
                draft("Un titre assez long", "mobilite", null).replace("Premier paragraphe.", "x".repeat(100_000)));
        assertEquals(422, huge.statusCode());
    }

    @Test
    void anonymousWritersAreUnauthorizedAndBadParametersAreNamed() throws Exception {
        PortalClient anonymous = new PortalClient(base.toURI());
        assertEquals(401, post(anonymous, "api/proposals", draft("Un titre assez long", "mobilite", null)).statusCode());
        // Every change needs a signed-in caller, whatever resource it goes to (one filter says so).
        assertEquals(401, anonymous.sendJson("PUT", "api/proposals/1/vote", "{\"choice\":\"FOR\"}").statusCode());
        assertEquals(401, anonymous.sendJson("DELETE", "api/proposals/1/vote", null).statusCode());
        assertEquals(401, anonymous.sendJson("POST", "api/proposals/1/publish", null).statusCode());
        assertEquals(401, anonymous.sendJson("DELETE", "api/comments/1", null).statusCode());
        HttpResponse<String> unauthorized = anonymous.sendJson("PUT", "api/comments/1", "{\"body\":\"x\"}");
        assertEquals(401, unauthorized.statusCode());
        assertTrue(unauthorized.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> sort = anonymous.get("api/proposals?sort=random");
        assertEquals(400, sort.statusCode());
        assertTrue(sort.body().contains("sort"), sort.body());
        assertEquals(400, anonymous.get("api/proposals?page=-1").statusCode());
        assertEquals(400, anonymous.get("api/proposals?size=100000").statusCode());
        assertEquals(404, anonymous.get("api/proposals/999999999999").statusCode());
        assertEquals(200, anonymous.get("api/proposals?sort=most_supported&size=5").statusCode());
    }

    @Test
    void trendingWeighsTheVotesOfTheLastSevenDaysOnly() throws Exception {
        String word = "tendance" + UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Tendance");
        long old = TestProposals.publish(author, "Ancienne star " + word, "sport").id();
        long fresh = TestProposals.publish(author, "Nouvelle vague " + word, "sport").id();
        long quiet = TestProposals.publish(author, "Sans voix " + word, "sport").id();
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, post(fixtures, "api/test-fixtures/past-votes?proposal=" + old + "&daysAgo=7&for=50", null).statusCode());

        PortalClient voter = new PortalClient(base.toURI());
        voter.registerNewCitizen("Votante Tendance");
        assertEquals(200, voter.sendJson("PUT", "api/proposals/" + fresh + "/vote", "{\"choice\":\"AGAINST\"}").statusCode());
        String trending = voter.get("api/proposals?sort=TRENDING&q=" + word).body();
        assertTrue(trending.indexOf("\"id\":" + fresh) < trending.indexOf("\"id\":" + old), trending);
        assertTrue(trending.indexOf("\"id\":" + old) >= 0 && trending.indexOf("\"id\":" + quiet) >= 0, trending);

        assertEquals(204, post(fixtures, "api/test-fixtures/past-votes?proposal=" + old + "&daysAgo=6&for=2", null).statusCode());
        String after = voter.get("api/proposals?sort=trending&q=" + word).body();
        assertTrue(after.indexOf("\"id\":" + old) < after.indexOf("\"id\":" + fresh), "6 days ago is this week: " + after);
        assertTrue(after.indexOf("\"id\":" + fresh) < after.indexOf("\"id\":" + quiet), after);
        assertEquals(1, voter.get("api/proposals?sort=TRENDING&size=1&page=1&q=" + word).body().split("\"title\"").length - 1,
                "trending pages like the other orders");
    }
}
