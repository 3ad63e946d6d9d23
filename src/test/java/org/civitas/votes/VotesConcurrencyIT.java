package org.civitas.votes;

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
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vote never counts twice and is never lost, proved with real concurrent HTTP requests: 50 at once from one
 * citizen leave one vote; 200 citizens at once leave a tally of exactly 200. A body that is not a vote counts nothing.
 */
@ExtendWith(Portal.class)
class VotesConcurrencyIT {

    private final URL base = Portal.base();

    private static HttpResponse<String> send(PortalClient client, String method, String path, String json) {
        return client.sendJson(method, path, json);
    }

    private long publishedProposal() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Concurrence");
        return TestProposals.publish(author, "Une proposition très soutenue", "culture").id();
    }

    private static int count(String json, String field) {
        return (int) TestProposals.number(json, field);
    }

    private static <T> List<T> allAtOnce(int n, IntFunction<Callable<T>> task) throws Exception {
        return AllAtOnce.run(n, task);
    }

    @Test
    void fiftySimultaneousVotesOfOneCitizenLeaveExactlyOneVote() throws Exception {
        long id = publishedProposal();
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Votante Pressée");
        List<Integer> statuses = allAtOnce(50, i -> () -> send(citizen, "PUT", "api/proposals/" + id + "/vote",
                "{\"choice\":\"" + (i % 2 == 0 ? "FOR" : "AGAINST") + "\"}").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
        String proposal = citizen.get("api/proposals/" + id).body();
        assertEquals(1, count(proposal, "votesFor") + count(proposal, "votesAgainst"), proposal);
    }

    @Test
    void twoHundredCitizensVotingAtOnceMakeATallyOfExactlyTwoHundred() throws Exception {
        long id = publishedProposal();
        PortalClient fixtures = new PortalClient(base.toURI());
        String prefix = "crowd-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = fixtures.sendJson("POST", "api/test-fixtures/citizens?count=200&prefix=" + prefix, null);
        assertEquals(200, created.statusCode(), created.body());
        List<PortalClient> citizens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            citizens.add(new PortalClient(base.toURI()));
        }
        List<Integer> signIns = allAtOnce(200, i -> () ->
                citizens.get(i).signIn(prefix + "-" + i + "@civitas.test", TestAccounts.PASSWORD).statusCode());
        assertTrue(signIns.stream().allMatch(s -> s == 302), signIns.toString());

        List<Integer> votes = allAtOnce(200, i -> () ->
                send(citizens.get(i), "PUT", "api/proposals/" + id + "/vote", "{\"choice\":\"FOR\"}").statusCode());
        assertTrue(votes.stream().allMatch(s -> s == 200), votes.toString());
        String proposal = fixtures.get("api/proposals/" + id).body();
        assertEquals(200, count(proposal, "votesFor"), proposal);
        assertEquals(0, count(proposal, "votesAgainst"), proposal);
    }

    @Test
    void aBodyThatIsNotAVoteIsRefusedAndCountsNothing() throws Exception {
        long id = publishedProposal();
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Votante Hésitante");
        String vote = "api/proposals/" + id + "/vote";

        HttpResponse<String> maybe = send(citizen, "PUT", vote, "{\"choice\":\"MAYBE\"}");
        assertEquals(422, maybe.statusCode(), maybe.body());
        assertTrue(maybe.body().contains("\"field\":\"choice\""), maybe.body());
        assertTrue(maybe.body().contains("FOR ou AGAINST") || maybe.body().contains("FOR or AGAINST"), maybe.body());
        HttpResponse<String> noChoice = send(citizen, "PUT", vote, "{}");
        assertEquals(422, noChoice.statusCode(), noChoice.body());
        assertTrue(noChoice.body().contains("\"field\":\"choice\""), noChoice.body());
        HttpResponse<String> nullBody = send(citizen, "PUT", vote, "null");
        assertEquals(422, nullBody.statusCode(), nullBody.body());
        assertTrue(nullBody.body().contains("\"field\":\"choice\""), nullBody.body());
        HttpResponse<String> noBody = send(citizen, "PUT", vote, "");
        assertEquals(400, noBody.statusCode(), noBody.body());
        HttpResponse<String> malformed = send(citizen, "PUT", vote, "{\"choice\":");
        assertEquals(400, malformed.statusCode(), malformed.body());

        String proposal = citizen.get("api/proposals/" + id).body();
        assertEquals(0, count(proposal, "votesFor") + count(proposal, "votesAgainst"), proposal);
        assertEquals(200, send(citizen, "PUT", vote, "{\"choice\":\"AGAINST\"}").statusCode());
        assertEquals(1, count(citizen.get("api/proposals/" + id).body(), "votesAgainst"));
    }
}
