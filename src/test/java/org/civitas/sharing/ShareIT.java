package org.civitas.sharing;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Share buttons go through /s/, which counts the share and sends the person to the network with a link carrying
 * UTM parameters; visits arriving with them count as arrivals. No cookie is set on the way.
 */
@ExtendWith(Portal.class)
class ShareIT {

    private final URL base = Portal.base();

    @Test
    void sharesAreCountedAndLinksCarryTheirSource() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Partagé");
        TestProposals.Published proposal = TestProposals.publish(author, "Un jardin partagé derrière la mairie", "environnement");
        long id = proposal.id();
        PortalClient visitor = new PortalClient(base.toURI());

        String page = visitor.get(proposal.path()).body();
        for (String target : List.of("facebook", "x", "linkedin", "pinterest", "bluesky", "whatsapp", "telegram", "email", "link")) {
            assertTrue(page.contains("/s/" + id + "/" + target + "\""), "a button for " + target);
        }
        assertTrue(page.contains("action=\"" + base.getPath() + "s/" + id + "/mastodon\""), "the Mastodon form");

        HttpResponse<String> facebook = visitor.get("s/" + id + "/facebook");
        assertEquals(303, facebook.statusCode());
        String location = facebook.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith("https://www.facebook.com/sharer/sharer.php?u="), location);
        String shared = URLDecoder.decode(location.substring(location.indexOf("u=") + 2), StandardCharsets.UTF_8);
        assertTrue(shared.endsWith("/" + proposal.path() + "?utm_source=facebook&utm_medium=social&utm_campaign=proposal-" + id), shared);
        assertTrue(facebook.headers().allValues("Set-Cookie").isEmpty(), "no cookie");

        // A host someone typed: the portal's address does not send anyone there, its page names it and links to it
        HttpResponse<String> mastodon = visitor.get("s/" + id + "/mastodon?instance=https://Mastodon.Social/");
        assertEquals(303, mastodon.statusCode());
        String leave = mastodon.headers().firstValue("Location").orElse("");
        assertTrue(leave.startsWith(base.getPath() + "share/leave.xhtml?proposal=" + id + "&to=mastodon&instance="), leave);
        HttpResponse<String> leavePage = visitor.follow(mastodon);
        assertEquals(200, leavePage.statusCode());
        assertTrue(leavePage.body().contains("<code>mastodon.social</code>"), "names the host");
        assertTrue(leavePage.body().contains("href=\"https://mastodon.social/share?text="), "the person follows the link");
        assertTrue(leavePage.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
        assertEquals(404, visitor.get("share/leave.xhtml?proposal=" + id + "&to=mastodon&instance=evil.example/x").statusCode());
        assertEquals(404, visitor.get("share/leave.xhtml?proposal=" + id + "&to=facebook&instance=evil.example").statusCode(),
                "only for a host the person typed");
        assertEquals(404, visitor.get("share/leave.xhtml?proposal=999999999&to=mastodon&instance=mastodon.social").statusCode());
        String evil = visitor.get("s/" + id + "/mastodon?instance=evil.example/redirect?to=x").headers()
                .firstValue("Location").orElse("");
        assertTrue(evil.endsWith("?share=mastodon#share"), "not a host name: back to the page: " + evil);
        assertTrue(visitor.follow(visitor.get("s/" + id + "/link")).body().contains("utm_source=link&amp;utm_medium=social"));
        assertEquals(404, visitor.get("s/" + id + "/myspace").statusCode());
        assertEquals(404, visitor.get("s/999999999/facebook").statusCode());

        assertEquals(200, visitor.follow(visitor.get(proposal.path() + "?utm_source=facebook&utm_medium=social&utm_campaign=proposal-" + id)).statusCode());

        PortalClient fixtures = new PortalClient(base.toURI());
        PortalClient registering = new PortalClient(base.toURI());
        String officialEmail = registering.registerNewCitizen("Élue Partages");
        assertEquals(204, new PortalClient(base.toURI()).sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email="
                + officialEmail, null).statusCode());
        PortalClient official = new PortalClient(base.toURI());
        assertEquals(302, official.signIn(officialEmail, TestAccounts.PASSWORD).statusCode());
        String csv = official.get("dashboard/export?format=csv").body();
        assertTrue(csv.contains("\r\nshare,facebook,Facebook,,"), csv);
        String line = csv.substring(csv.indexOf("\r\nshare,facebook,") + 2);
        line = line.substring(0, line.indexOf("\r\n"));
        String[] cells = line.split(",", -1);
        assertTrue(Long.parseLong(cells[7]) >= 1 && Long.parseLong(cells[8].isEmpty() ? "0" : cells[8]) >= 0, line);
        assertFalse(fixtures.get("dashboard/export?format=csv").statusCode() == 200, "visitors see no figures");
    }

    @Test
    void officialAnswersHaveTheirOwnShareControlAndInPageSharesAreCounted() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Réponse Partagée");
        TestProposals.Published proposal = TestProposals.publish(author, "Des bancs au bord du canal", "environnement");
        long id = proposal.id();
        PortalClient official = TestProposals.answer(base.toURI(), id, "Les bancs seront installés au printemps.");

        PortalClient visitor = new PortalClient(base.toURI());
        String page = visitor.get(proposal.path()).body();
        Matcher answer = Pattern.compile("id=\"answer-([0-9]+)\"").matcher(page);
        assertTrue(answer.find(), "the answer has an anchor");
        long answerId = Long.parseLong(answer.group(1));
        assertTrue(page.contains("/s/" + id + "/x?answer=" + answerId + "\""), "the answer's own share buttons");
        assertTrue(page.contains("id=\"share-answer-" + answerId + "-mastodon\""), "its own Mastodon field");

        String x = visitor.get("s/" + id + "/x?answer=" + answerId).headers().firstValue("Location").orElse("");
        String decoded = URLDecoder.decode(x, StandardCharsets.UTF_8);
        assertTrue(decoded.startsWith("https://x.com/intent/") || decoded.startsWith("https://twitter.com/intent/"), decoded);
        assertTrue(decoded.contains("utm_source=x&utm_medium=social&utm_campaign=proposal-" + id + "#answer-" + answerId), decoded);
        assertTrue(decoded.contains("La réponse de la ville à «\u00a0Des bancs au bord du canal\u00a0»"), decoded);
        String link = visitor.get("s/" + id + "/link?answer=" + answerId).headers().firstValue("Location").orElse("");
        assertTrue(link.endsWith("?share=link&answer=" + answerId + "#share-answer-" + answerId), link);
        assertTrue(visitor.follow(visitor.get("s/" + id + "/link?answer=" + answerId)).body()
                .contains("id=\"share-answer-" + answerId + "-link\""), "the answer's link to copy is shown");
        assertEquals(404, visitor.get("s/" + id + "/x?answer=999999999").statusCode(), "not an answer of this proposal");
        assertEquals(404, visitor.get("s/" + id + "/x?answer=abc").statusCode());

        // The script reports shares made in the page (share sheet, clipboard): POST counts, answers 204.
        assertEquals(204, visitor.sendJson("POST", "s/" + id + "/native", null).statusCode());
        assertEquals(204, visitor.sendJson("POST", "s/" + id + "/link?answer=" + answerId, null).statusCode());
        assertEquals(404, visitor.sendJson("POST", "s/" + id + "/myspace", null).statusCode());

        String csv = official.get("dashboard/export?format=csv").body();
        Matcher row = Pattern.compile("\r\nshared-proposal," + id + ",[^,]*,,,,,([0-9]+),").matcher(csv);
        assertTrue(row.find(), csv);
        assertEquals(5, Long.parseLong(row.group(1)), "x, link twice, native and the reported copy");
        assertTrue(official.get("dashboard/index.xhtml").body().contains("Propositions les plus partagées"));
    }

    @Test
    void anAdministratorChoosesWhichNetworksShowAndInWhichOrder() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Choix");
        TestProposals.Published proposal = TestProposals.publish(author, "Une fontaine sur la place", "environnement");
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String page = admin.menuLink("admin/sharing.xhtml");
        PortalClient visitor = new PortalClient(base.toURI());
        try {
            HttpResponse<String> saved = admin.submitFormPairs(page, "sharingForm", "saveSharing", List.of(
                    Map.entry("show", "whatsapp"), Map.entry("show", "link"),
                    Map.entry("pos-whatsapp", "2"), Map.entry("pos-link", "1")));
            assertEquals(302, saved.statusCode(), saved.body());
            String html = visitor.get(proposal.path()).body();
            assertFalse(html.contains("/s/" + proposal.id() + "/facebook\""), "Facebook is no longer offered");
            assertTrue(html.indexOf("/s/" + proposal.id() + "/link\"") < html.indexOf("/s/" + proposal.id() + "/whatsapp\""),
                    "in the chosen order");
            assertEquals(404, visitor.get("s/" + proposal.id() + "/facebook").statusCode(), "nor through /s/");
            HttpResponse<String> none = admin.submitFormPairs(page, "sharingForm", "saveSharing", List.of());
            assertTrue(none.body().contains("Affichez au moins un réseau"), "at least one network");
        } finally {
            List<Map.Entry<String, String>> all = new ArrayList<>();
            int position = 1;
            for (String id : List.of("native", "facebook", "x", "linkedin", "pinterest", "mastodon", "bluesky", "whatsapp",
                    "telegram", "email", "link")) {
                all.add(Map.entry("show", id));
                all.add(Map.entry("pos-" + id, String.valueOf(position++)));
            }
            assertEquals(302, admin.submitFormPairs(page, "sharingForm", "saveSharing", all).statusCode());
        }
        assertTrue(visitor.get(proposal.path()).body().contains("/s/" + proposal.id() + "/facebook\""), "restored");
    }

    @Test
    void theMastodonShareStopsOnAPageThatNamesTheHost() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Mastodon");
        TestProposals.Published proposal = TestProposals.publish(author, "Un kiosque à musique restauré", "culture");
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            for (String lang : List.of("fr", "en")) {
                driver.get(base + "index.xhtml?lang=" + lang);
                driver.get(base + "s/" + proposal.id() + "/mastodon?instance=piaille.fr");
                Browser.waitForMain(driver, "piaille.fr");
                assertTrue(driver.getCurrentUrl().contains("/share/leave.xhtml"), driver.getCurrentUrl());
                WebElement go = driver.findElement(By.partialLinkText("piaille.fr"));
                assertTrue(go.getAttribute("href").startsWith("https://piaille.fr/share?text="), go.getAttribute("href"));
                for (int width : new int[]{1280, 390}) {
                    browser.resize(width, 900);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("share-leave-" + lang + "-" + width);
                }
                browser.resize(1280, 900);
            }
        }
    }
}
