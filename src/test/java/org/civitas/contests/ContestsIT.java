package org.civitas.contests;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestContests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Photo contests over real HTTP. A submitted photo is invisible by every way in (the contest's API and page, the
 * photo's page, API, card and pixels, open data) until a moderator approves it, and again once taken down; votes,
 * scores and prizes stay secret until the official publishes the results; limits hold (photos per entrant, votes
 * per person, one vote a photo, none for one's own, only jurors score); bad input is refused plainly. The contest's
 * phases are moved by changing its dates, as an official may until the results.
 */
@ExtendWith(Portal.class)
class ContestsIT {

    private final URL base = Portal.base();

    @Test
    void aPhotoShowsNowhereUntilApprovedAndTheStandingsStaySecretUntilTheResults() throws Exception {
        String word = word();
        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élue " + word, "OFFICIAL");
        PortalClient moderator = TestAccounts.signedInWithRole(base.toURI(), "Modération " + word, "MODERATOR");
        PortalClient author = client();
        author.registerNewCitizen("Photographe " + word);
        PortalClient voter = client();
        voter.registerNewCitizen("Votante " + word);
        PortalClient juror = client();
        String jurorEmail = juror.registerNewCitizen("Juré " + word);

        long contest = TestContests.open(official, word, 1, 1);
        assertEquals(422, TestContests.submit(author, "api/contests/" + contest + "/photos", Map.of("title", "Sans accord " + word, "credit", "P",
                "licence", "CC_BY"), TestContests.png(Color.RED)).statusCode(), "no consent, nothing kept");
        assertEquals(422, TestContests.submit(author, "api/contests/" + contest + "/photos", fields("Pas une image " + word),
                "GIF89a not a photo".getBytes(StandardCharsets.US_ASCII)).statusCode(), "not a photo");
        assertEquals(422, TestContests.submit(author, "api/contests/" + contest + "/photos", Map.of("title", "Licence " + word, "credit", "P",
                "licence", "ALL_RIGHTS", "consent", "true"), TestContests.png(Color.RED)).statusCode(), "an unknown licence");
        assertEquals(401, TestContests.submit(client(), "api/contests/" + contest + "/photos", fields("Anonyme " + word), TestContests.png(Color.RED)).statusCode());
        HttpResponse<String> submitted = TestContests.submit(author, "api/contests/" + contest + "/photos", fields("Le quai " + word), TestContests.png(Color.BLUE));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long photo = TestContests.id(submitted.body());
        assertEquals(409, TestContests.submit(author, "api/contests/" + contest + "/photos", fields("Deuxième " + word), TestContests.png(Color.GREEN)).statusCode(),
                "one photo per entrant in this contest");

        assertHidden(contest, photo, word);
        assertEquals(200, author.sendForBytes(image(photo)).statusCode(), "its author sees their own photo");
        assertEquals(200, moderator.sendForBytes(image(photo)).statusCode(), "and so do the moderators");
        assertTrue(author.get("contests/submit.xhtml?contest=" + contest).body().contains("Le quai " + word),
                "the author finds it, waiting, on the submission page");
        assertTrue(moderator.get("api/contests/photos/pending").body().contains("Le quai " + word));
        assertEquals(403, author.sendJson("POST", "api/contests/photos/" + photo + "/approve", null).statusCode());
        assertEquals(204, moderator.sendJson("POST", "api/contests/photos/" + photo + "/approve", null).statusCode());

        String photos = client().get("api/contests/" + contest + "/photos").body();
        assertTrue(photos.contains("Le quai " + word) && photos.contains("\"total\":1"), photos);
        assertFalse(photos.contains("\"votes\""), "no standings while the contest runs: " + photos);
        String page = client().get("contests/photo.xhtml?id=" + photo).body();
        assertTrue(page.contains("og:image") && page.contains("/api/contests/photos/" + photo + "/card.png"), page);
        assertTrue(page.contains("pinterest.com/pin/create/button/") && page.contains("shape%3Dportrait"),
                "Pinterest pins the tall card");
        BufferedImage tall = ImageIO.read(new ByteArrayInputStream(client().sendForBytes(HttpRequest.newBuilder(
                base.toURI().resolve("/api/contests/photos/" + photo + "/card.png?shape=portrait")).GET().build()).body()));
        assertEquals(1000, tall.getWidth());
        assertEquals(1500, tall.getHeight());
        assertEquals(200, client().sendForBytes(image(photo)).statusCode(), "public pixels once approved");
        assertTrue(client().get("contests/view.xhtml?id=" + contest).body().contains("Le quai " + word));
        assertTrue(client().get("api/opendata/v1/contest-photos.csv").body().contains("Le quai " + word));
        String sitemap = client().get("sitemap.xml").body();
        assertTrue(sitemap.contains("/contest/photo/" + photo + "<")
                && sitemap.contains("/contest/" + contest + "<"), "the photo's and the contest's pages");
        assertTrue(client().get("contest/photo/" + photo).body().contains("Le quai " + word), "at its clean address");
        assertTrue(client().get("contest/" + contest).body().contains("Le quai " + word), "and the contest at its own");
        assertTrue(page.contains("og:url\" content=\"") && page.contains("/contest/photo/" + photo + "\""),
                "which its canonical and preview tags name");
        assertEquals(404, client().get("contest/nothing").statusCode());

        assertEquals(409, voter.sendJson("POST", "api/contests/photos/" + photo + "/vote", null).statusCode(),
                "no vote while photos are being submitted");
        phases(official, contest, word, -2, 0, 1);
        assertEquals(204, voter.sendJson("POST", "api/contests/photos/" + photo + "/vote", null).statusCode());
        assertEquals(409, voter.sendJson("POST", "api/contests/photos/" + photo + "/vote", null).statusCode(),
                "once a photo");
        assertEquals(409, author.sendJson("POST", "api/contests/photos/" + photo + "/vote", null).statusCode(),
                "never one's own");
        assertEquals(401, client().sendJson("POST", "api/contests/photos/" + photo + "/vote", null).statusCode());
        assertFalse(client().get("api/contests/photos/" + photo).body().contains("\"votes\""), "the count stays secret");
        String[] row = client().get("api/opendata/v1/contest-photos.csv").body().lines()
                .filter(l -> l.contains("Le quai " + word)).findFirst().orElseThrow().split(",", -1);
        assertEquals("", row[11], "nor in open data");

        assertEquals(403, juror.sendJson("PUT", "api/contests/photos/" + photo + "/score", "{\"score\":8}").statusCode(),
                "not on the jury yet");
        assertEquals(422, official.sendJson("PUT", "api/contests/" + contest + "/jury",
                "{\"emails\":[\"nobody-" + word + "@example.org\"]}").statusCode(), "an address with no account");
        assertEquals(200, official.sendJson("PUT", "api/contests/" + contest + "/jury",
                "{\"emails\":[\"" + jurorEmail + "\"]}").statusCode());
        assertEquals(422, juror.sendJson("PUT", "api/contests/photos/" + photo + "/score", "{\"score\":11}").statusCode());
        assertEquals(204, juror.sendJson("PUT", "api/contests/photos/" + photo + "/score", "{\"score\":6}").statusCode());
        assertEquals(204, juror.sendJson("PUT", "api/contests/photos/" + photo + "/score", "{\"score\":8}").statusCode(),
                "a juror changes their mind");
        assertEquals(200, juror.get("contests/jury.xhtml?id=" + contest).statusCode());
        assertEquals(403, voter.get("contests/jury.xhtml?id=" + contest).statusCode(), "not a juror's sheet");

        assertEquals(409, official.sendJson("POST", "api/contests/" + contest + "/results", null).statusCode(),
                "not before the vote is over");
        phases(official, contest, word, -3, -1, 0);
        assertEquals(403, moderator.sendJson("POST", "api/contests/" + contest + "/results", null).statusCode());
        assertEquals(200, official.sendJson("POST", "api/contests/" + contest + "/results", null).statusCode());
        assertEquals(409, official.sendJson("POST", "api/contests/" + contest + "/results", null).statusCode(), "once");
        String won = client().get("api/contests/photos/" + photo).body();
        assertTrue(won.contains("\"votes\":1") && won.contains("\"juryAverage\":8.0") && won.contains("\"juryRank\":1")
                && won.contains("\"publicPrize\":true"), won);
        assertTrue(client().get("contests/view.xhtml?id=" + contest).body().contains("winners-title"));

        HttpResponse<String> rejected = moderator.sendJson("POST", "api/contests/photos/" + photo + "/reject",
                "{\"reason\":\"Visage reconnaissable " + word + "\"}");
        assertEquals(204, rejected.statusCode(), rejected.body());
        assertHidden(contest, photo, word);
        assertTrue(author.get("contests/submit.xhtml?contest=" + contest).body().contains("Visage reconnaissable " + word),
                "its author reads why");
    }

    @Test
    void votesAreLimitedPerPersonAndAPhotoSubmittedOnThePageWaitsForTheModerator() throws Exception {
        String word = word();
        PortalClient official = TestAccounts.signedInWithRole(base.toURI(), "Élu " + word, "OFFICIAL");
        PortalClient moderator = TestAccounts.signedInWithRole(base.toURI(), "Modérateur " + word, "MODERATOR");
        long contest = TestContests.open(official, word, 1, 2);
        PortalClient author = client();
        author.registerNewCitizen("Auteur " + word);
        HttpResponse<String> refused = author.submitFile("contests/submit.xhtml?contest=" + contest, "submitForm",
                "submitPhoto", Map.of("contest", String.valueOf(contest), "title", "Sans accord " + word,
                        "credit", "A", "licence", "CC_BY"), "photo", "a.png", TestContests.png(Color.ORANGE));
        assertEquals(200, refused.statusCode(), "refused on the page, what was typed kept");
        assertTrue(refused.body().contains("Sans accord " + word));
        HttpResponse<String> sent = author.submitFile("contests/submit.xhtml?contest=" + contest, "submitForm",
                "submitPhoto", Map.of("contest", String.valueOf(contest), "title", "Par le formulaire " + word,
                        "credit", "A", "licence", "CC_BY_SA", "consent", "true"), "photo", "a.png", TestContests.png(Color.ORANGE));
        assertEquals(302, sent.statusCode(), sent.body());
        long first = pendingId(moderator, "Par le formulaire " + word);
        long second = TestContests.id(TestContests.submit(author, "api/contests/" + contest + "/photos", fields("Deuxième " + word), TestContests.png(Color.CYAN)).body());
        for (long p : new long[]{first, second}) {
            assertEquals(204, moderator.sendJson("POST", "api/contests/photos/" + p + "/approve", null).statusCode());
        }
        phases(official, contest, word, -2, 0, 1);
        PortalClient voter = client();
        voter.registerNewCitizen("Votant " + word);
        assertEquals(204, voter.sendJson("POST", "api/contests/photos/" + first + "/vote", null).statusCode());
        assertEquals(409, voter.sendJson("POST", "api/contests/photos/" + second + "/vote", null).statusCode(),
                "one vote per person in this contest");
        assertEquals(204, voter.sendJson("DELETE", "api/contests/photos/" + first + "/vote", null).statusCode());
        assertEquals(409, voter.sendJson("DELETE", "api/contests/photos/" + first + "/vote", null).statusCode());
        HttpResponse<String> onThePage = voter.submitFormPairs("contests/photo.xhtml?id=" + second, "voteForm", "vote",
                List.of(Map.entry("photo", String.valueOf(second)), Map.entry("from", String.valueOf(second))));
        assertEquals(302, onThePage.statusCode(), "the vote works without script: " + onThePage.body());
        assertTrue(voter.get("contests/photo.xhtml?id=" + second).body().contains("id=\"withdraw\""));
        assertEquals(404, voter.sendJson("POST", "api/contests/photos/999999999/vote", null).statusCode());
        HttpResponse<String> noPhoto = voter.submitFormPairs("contests/photo.xhtml?id=" + second, "voteForm", "withdraw",
                List.of(Map.entry("from", String.valueOf(second))));
        assertEquals(200, noPhoto.statusCode(), "a form that lost its photo is told so, not a server error");
        assertTrue(noPhoto.body().contains("Cet élément n’existe pas ou plus."), noPhoto.body());
    }

    private void assertHidden(long contest, long photo, String word) {
        PortalClient anyone = client();
        assertFalse(anyone.get("api/contests/" + contest + "/photos").body().contains(word), "the contest's API");
        assertFalse(anyone.get("contests/view.xhtml?id=" + contest).body().contains("Le quai " + word), "its page");
        assertEquals(404, anyone.get("api/contests/photos/" + photo).statusCode(), "the photo's API");
        assertEquals(404, anyone.get("contests/photo.xhtml?id=" + photo).statusCode(), "the photo's page");
        assertEquals(404, anyone.get("api/contests/photos/" + photo + "/card.png").statusCode(), "its card");
        assertEquals(404, anyone.sendForBytes(image(photo)).statusCode(), "its pixels");
        assertFalse(anyone.get("api/opendata/v1/contest-photos.csv").body().contains("Le quai " + word), "open data");
        assertFalse(anyone.get("sitemap.xml").body().contains("/contest/photo/" + photo + "<"), "the sitemap");
        assertEquals(404, anyone.get("contest/photo/" + photo).statusCode(), "the photo's clean address");
    }

    private void phases(PortalClient official, long contest, String word, int submissions, int voting, int jury) {
        HttpResponse<String> changed = official.sendJson("PUT", "api/contests/" + contest,
                TestContests.draft(word, submissions, voting, jury, 1, 2));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    private long pendingId(PortalClient moderator, String title) {
        String pending = moderator.get("api/contests/photos/pending").body();
        Matcher m = Pattern.compile("\"id\":(\\d+)[^}]*\"title\":\"" + Pattern.quote(title) + "\"").matcher(pending);
        assertTrue(m.find(), pending);
        return Long.parseLong(m.group(1));
    }

    private static Map<String, String> fields(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("place", "Quai Vauban");
        fields.put("credit", "Photographe");
        fields.put("licence", "CC_BY");
        fields.put("consent", "true");
        return fields;
    }

    private HttpRequest image(long photo) {
        return HttpRequest.newBuilder(client().resolve("photos/contests/" + photo + ".jpg")).GET().build();
    }

    private PortalClient client() {
        try {
            return new PortalClient(base.toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String word() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
