package org.civitas.platform;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open what: every page of the portal and every REST operation, tried as a visitor, a citizen, a
 * moderator, an official and an administrator. The lists of pages (the webapp folder) and of operations (the
 * OpenAPI document) are read from the portal itself, so a page or an operation added without an entry here fails
 * this test until someone states who may reach it.
 */
@ExtendWith(Portal.class)
class AccessMatrixIT {

    enum Who { VISITOR, CITIZEN, MODERATOR, OFFICIAL, ADMIN }

    /**
     * Who may reach a page or an operation. AUTHOR: only the author of the object (here nobody of the five, so
     * signed-in callers get 403 from the object check and visitors 401).
     */
    enum Access { PUBLIC, SIGNED_IN, AUTHOR, MODERATOR, OFFICIAL, OFFICIAL_OR_ADMIN, ADMIN }

    private static final Pattern PROTECTED_VIEW_PAGE = Pattern.compile("id=\"protected-view-gate\"");


    private final URL base = Portal.base();

    private static boolean allowed(Access access, Who who) {
        return switch (access) {
            case PUBLIC -> true;
            case SIGNED_IN -> who != Who.VISITOR;
            case AUTHOR -> false;
            case MODERATOR -> who == Who.MODERATOR;
            case OFFICIAL -> who == Who.OFFICIAL;
            case OFFICIAL_OR_ADMIN -> who == Who.OFFICIAL || who == Who.ADMIN;
            case ADMIN -> who == Who.ADMIN;
        };
    }

    private Map<Who, PortalClient> clients() throws Exception {
        Map<Who, PortalClient> clients = new EnumMap<>(Who.class);
        clients.put(Who.VISITOR, new PortalClient(base.toURI()));
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Matrice Citoyenne");
        clients.put(Who.CITIZEN, citizen);
        PortalClient fixtures = new PortalClient(base.toURI());
        for (Who who : List.of(Who.MODERATOR, Who.OFFICIAL)) {
            PortalClient registering = new PortalClient(base.toURI());
            String email = registering.registerNewCitizen("Matrice " + who.name().toLowerCase());
            assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=" + who.name() + "&email=" + email,
                    null).statusCode());
            PortalClient signedIn = new PortalClient(base.toURI());
            assertEquals(302, signedIn.signIn(email, TestAccounts.PASSWORD).statusCode());
            clients.put(who, signedIn);
        }
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        clients.put(Who.ADMIN, admin);
        return clients;
    }

    @Test
    void aRoleGrantedCountsFromTheNextRequestWithoutSigningInAgain() throws Exception {
        PortalClient citizen = new PortalClient(base.toURI());
        String email = citizen.registerNewCitizen("Future Élue");
        assertEquals(403, citizen.get("review/queue.xhtml").statusCode());
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + email, null)
                .statusCode());
        // The same browser, still signed in from before: the session carries the account, the roles are read now.
        assertEquals(200, citizen.get("review/queue.xhtml").statusCode());
    }

    @Test
    void aRoleRevokedCountsFromTheNextRequestInTheBrowserAndForTheAccountsTokens() throws Exception {
        PortalClient official = new PortalClient(base.toURI());
        String email = official.registerNewCitizen("Élue Sortante");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + email, null)
                .statusCode());
        String token = TestAccounts.createReadToken(official, "Tableau de bord");
        PortalClient program = new PortalClient(base.toURI());
        // Each round twice: the second request of the same account and roles finds what the first one left behind
        for (String round : List.of("granted", "revoked", "granted again")) {
            int expected = round.equals("revoked") ? 403 : 200;
            for (int i = 0; i < 2; i++) {
                assertEquals(expected, official.get("review/queue.xhtml").statusCode(), round + ": the page");
                HttpResponse<String> export = program.send(HttpRequest.newBuilder(
                                program.resolve("api/dashboard/export?format=csv"))
                        .header("Authorization", "Bearer " + token).GET().build());
                assertEquals(expected, export.statusCode(), round + ": the token");
            }
            if (!round.equals("granted again")) {
                String change = round.equals("granted") ? "revoke" : "grant";
                assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/" + change + "?role=OFFICIAL&email="
                        + email, null).statusCode());
            }
        }
    }

    @Test
    void everyPageAnswersEachRoleAsDeclared() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Matrice");
        long proposal = TestProposals.publish(author, "Une proposition pour la matrice", "culture").id();

        Map<String, Access> pages = new LinkedHashMap<>();
        pages.put("index.xhtml", Access.PUBLIC);
        pages.put("signin.xhtml", Access.PUBLIC);
        pages.put("register.xhtml", Access.PUBLIC);
        pages.put("accessibility.xhtml", Access.PUBLIC);
        pages.put("legal.xhtml", Access.PUBLIC);
        pages.put("opendata.xhtml", Access.PUBLIC);
        pages.put("forgot.xhtml", Access.PUBLIC);
        pages.put("link-account.xhtml", Access.PUBLIC);
        pages.put("signed-out.xhtml", Access.PUBLIC);
        pages.put("reset.xhtml?token=unknown", Access.PUBLIC);
        pages.put("confirm.xhtml?token=unknown&what=email", Access.PUBLIC);
        pages.put("proposal/list.xhtml", Access.PUBLIC);
        pages.put("proposal/view.xhtml?id=" + proposal, Access.PUBLIC);
        pages.put("share/card.xhtml?id=" + proposal, Access.PUBLIC);
        pages.put("share/leave.xhtml?proposal=" + proposal + "&to=mastodon&instance=mastodon.social", Access.PUBLIC);
        pages.put("proposal/edit.xhtml", Access.SIGNED_IN);
        pages.put("report.xhtml?proposal=" + proposal, Access.SIGNED_IN);
        pages.put("account/index.xhtml", Access.SIGNED_IN);
        pages.put("account/activity.xhtml", Access.SIGNED_IN);
        pages.put("account/password.xhtml", Access.SIGNED_IN);
        pages.put("account/delete.xhtml", Access.SIGNED_IN);
        pages.put("account/tokens.xhtml", Access.SIGNED_IN);
        pages.put("account/email.xhtml", Access.SIGNED_IN);
        pages.put("account/notifications.xhtml", Access.SIGNED_IN);
        pages.put("account/following.xhtml", Access.SIGNED_IN);
        pages.put("account/alerts.xhtml", Access.SIGNED_IN);
        pages.put("search.xhtml?q=jardin", Access.PUBLIC);
        pages.put("unsubscribe.xhtml?t=u1.1.REPLY.AAAAAAAAAAAAAAAAAAAAAA", Access.PUBLIC);
        pages.put("dashboard/index.xhtml", Access.OFFICIAL_OR_ADMIN);
        pages.put("dashboard/export?format=csv", Access.OFFICIAL_OR_ADMIN);
        pages.put("review/queue.xhtml", Access.OFFICIAL);
        pages.put("review/answer.xhtml?id=" + proposal, Access.OFFICIAL);
        pages.put("review/publish.xhtml?proposal=" + proposal, Access.OFFICIAL);
        pages.put("moderation/queue.xhtml", Access.MODERATOR);
        pages.put("moderation/guestbook.xhtml", Access.MODERATOR);
        pages.put("guestbook/index.xhtml", Access.PUBLIC);
        pages.put("guestbook/message.xhtml?id=999999999", Access.PUBLIC);
        pages.put("guestbook/confirm.xhtml?t=unknown", Access.PUBLIC);
        pages.put("contests/index.xhtml", Access.PUBLIC);
        pages.put("contests/view.xhtml?id=999999999", Access.PUBLIC);
        pages.put("contests/photo.xhtml?id=999999999", Access.PUBLIC);
        pages.put("contests/submit.xhtml?contest=999999999", Access.SIGNED_IN);
        pages.put("contests/jury.xhtml?id=999999999", Access.SIGNED_IN);
        pages.put("review/contests.xhtml", Access.OFFICIAL);
        pages.put("review/contest.xhtml", Access.OFFICIAL);
        pages.put("moderation/contest-photos.xhtml", Access.MODERATOR);
        pages.put("galleries/index.xhtml", Access.PUBLIC);
        pages.put("galleries/view.xhtml?id=999999999", Access.PUBLIC);
        pages.put("review/galleries.xhtml", Access.OFFICIAL);
        pages.put("admin/networks.xhtml", Access.ADMIN);
        pages.put("review/gallery.xhtml", Access.OFFICIAL);
        pages.put("review/watch.xhtml", Access.OFFICIAL);
        pages.put("review/watch-item.xhtml?id=999999999", Access.OFFICIAL);
        pages.put("admin/watch.xhtml", Access.ADMIN);
        pages.put("funding/index.xhtml", Access.PUBLIC);
        pages.put("funding/campaign.xhtml?id=999999999", Access.PUBLIC);
        pages.put("funding/return.xhtml?pledge=AAAAAAAAAAAAAAAAAAAAAAAA", Access.SIGNED_IN);
        pages.put("funding/pay.xhtml", Access.PUBLIC);
        pages.put("funding/confirm.xhtml?t=AAAAAAAAAAAAAAAAAAAAAAAA", Access.PUBLIC);
        pages.put("funding/thanks.xhtml?pledge=AAAAAAAAAAAAAAAAAAAAAAAA", Access.PUBLIC);
        pages.put("account/contributions.xhtml", Access.SIGNED_IN);
        pages.put("review/funding-backers.xhtml?id=999999999", Access.OFFICIAL);
        pages.put("review/campaign.xhtml?id=" + proposal, Access.OFFICIAL);
        pages.put("moderation/decide.xhtml?target=PROPOSAL&id=" + proposal, Access.MODERATOR);
        pages.put("moderation/block.xhtml?account=1", Access.MODERATOR);
        pages.put("admin/accounts.xhtml", Access.ADMIN);
        pages.put("admin/tallies.xhtml", Access.ADMIN);
        pages.put("admin/threshold.xhtml", Access.ADMIN);
        pages.put("admin/taxonomy.xhtml", Access.ADMIN);
        pages.put("admin/audit.xhtml", Access.ADMIN);
        pages.put("admin/sharing.xhtml", Access.ADMIN);
        pages.put("admin/publications.xhtml", Access.ADMIN);
        pages.put("admin/mail.xhtml", Access.ADMIN);
        pages.put("admin/index.xhtml", Access.ADMIN);
        pages.put("admin/town.xhtml", Access.ADMIN);
        pages.put("admin/legal.xhtml", Access.ADMIN);
        pages.put("admin/components.xhtml", Access.ADMIN);
        pages.put("admin/budgets.xhtml", Access.ADMIN);
        pages.put("admin/budget.xhtml", Access.ADMIN);
        pages.put("budgets/index.xhtml", Access.PUBLIC);
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        long budget = TestBudgets.create(admin, TestBudgets.json("Budget de la matrice", 100_000, -1, 100_000, null, 0));
        pages.put("budgets/view.xhtml?id=" + budget, Access.PUBLIC);
        pages.put("budgets/ideas.xhtml?id=" + budget, Access.PUBLIC);
        pages.put("budgets/idea.xhtml?budget=" + budget, Access.SIGNED_IN);
        pages.put("review/budget.xhtml?id=" + budget, Access.OFFICIAL);
        pages.put("budgets/vote.xhtml?id=" + budget, Access.PUBLIC);
        pages.put("budgets/results.xhtml?id=" + budget, Access.PUBLIC);
        pages.put("review/paper.xhtml?id=" + budget, Access.OFFICIAL);
        pages.put("review/milestone.xhtml?project=1", Access.OFFICIAL);
        pages.put("budgets/follow-up.xhtml?id=" + budget, Access.PUBLIC);
        pages.put("review/idea.xhtml?id=" + proposal, Access.OFFICIAL);
        // Clean addresses of the public pages (#18), forwarded to the views above, and what crawlers read
        for (String clean : List.of("opendata", "legal", "accessibility", "signin", "register", "forgot",
                "reset?token=unknown", "confirm?token=unknown&what=email", "link-account", "signed-out", "proposals",
                "sitemap.xml", "robots.txt", "unsubscribe?t=unknown", "search?q=jardin")) {
            pages.put(clean, Access.PUBLIC);
        }

        Set<String> declared = pages.keySet().stream().map(p -> p.split("\\?")[0]).collect(Collectors.toSet());
        Set<String> present = webappPages();
        TreeSet<String> undeclared = new TreeSet<>(present);
        undeclared.removeAll(declared);
        assertEquals(Set.of(), undeclared, "pages with no declared access: add them to this matrix");

        Map<Who, PortalClient> clients = clients();
        String boundaries = new PortalClient(base.toURI()).get("api/districts/boundaries").body();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Access> page : pages.entrySet()) {
            for (Who who : Who.values()) {
                HttpResponse<String> response = clients.get(who).get(page.getKey());
                String outcome = outcome(response);
                String expected = allowed(page.getValue(), who) ? "ok" : who == Who.VISITOR ? "sign-in" : "forbidden";
                if (!expected.equals(outcome)) {
                    wrong.add(page.getKey() + " as " + who + ": " + outcome + " (" + response.statusCode() + "), expected "
                            + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRestOperationAnswersEachRoleAsDeclared() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Matrice REST");
        long proposal = TestProposals.publish(author, "Une proposition pour la matrice REST", "culture").id();
        long comment = TestProposals.number(author.sendJson("POST", "api/proposals/" + proposal + "/comments",
                "{\"text\":{\"body\":\"Commentaire de l'auteur\"}}").body(), "id");
        String validDraft = TestProposals.json("Une proposition modifiée ici", "culture", null);

        // Operation -> who may call it. Bodies are deliberately empty objects: the check is about being let in,
        // so "let in" means any answer but 401 and 403 (a 404 or 422 says the call reached the resource).
        Map<String, Access> operations = new LinkedHashMap<>();
        operations.put("GET /api/proposals", Access.PUBLIC);
        operations.put("POST /api/proposals", Access.SIGNED_IN);
        operations.put("GET /api/proposals/{id}", Access.PUBLIC);
        operations.put("PUT /api/proposals/{id}", Access.AUTHOR);
        operations.put("POST /api/proposals/{id}/publish", Access.AUTHOR);
        operations.put("POST /api/proposals/{id}/withdraw", Access.AUTHOR);
        operations.put("PUT /api/proposals/{id}/vote", Access.SIGNED_IN);
        operations.put("DELETE /api/proposals/{id}/vote", Access.SIGNED_IN);
        operations.put("GET /api/proposals/{id}/comments", Access.PUBLIC);
        operations.put("POST /api/proposals/{id}/comments", Access.SIGNED_IN);
        operations.put("PUT /api/comments/{id}", Access.AUTHOR);
        operations.put("DELETE /api/comments/{id}", Access.AUTHOR);
        operations.put("POST /api/{kind}/{id}/reports", Access.SIGNED_IN);
        operations.put("GET /api/me", Access.SIGNED_IN);
        operations.put("PUT /api/me/locale", Access.SIGNED_IN);
        operations.put("POST /api/me/confirmation", Access.SIGNED_IN);
        // {} is refused (422) before any session ends
        operations.put("POST /api/me/sessions/end", Access.SIGNED_IN);
        operations.put("POST /api/password-resets", Access.PUBLIC);
        operations.put("GET /api/settings/unconfirmed-accounts", Access.ADMIN);
        operations.put("PUT /api/settings/unconfirmed-accounts", Access.ADMIN);
        operations.put("GET /api/settings/verified-identity", Access.ADMIN);
        operations.put("PUT /api/settings/verified-identity", Access.ADMIN);
        operations.put("GET /api/me/data", Access.SIGNED_IN);
        operations.put("GET /api/me/sign-in-methods", Access.SIGNED_IN);
        operations.put("DELETE /api/me/sign-in-methods/{provider}", Access.SIGNED_IN);
        operations.put("GET /api/opendata/v1", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/datapackage.json", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/catalog", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/snapshots", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/snapshots/{file}", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/catalog.jsonld", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/catalog.ttl", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/catalog.rdf", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/{dataset}", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/{dataset}.csv", Access.PUBLIC);
        operations.put("GET /api/opendata/v1/{dataset}.json", Access.PUBLIC);
        operations.put("GET /api/photos/{id}{thumb}.jpg", Access.PUBLIC);
        operations.put("GET /api/cards/{id}.png", Access.PUBLIC);
        operations.put("GET /api/feeds/proposals.{format}", Access.PUBLIC);
        operations.put("GET /api/feeds/answers.{format}", Access.PUBLIC);
        operations.put("GET /api/feeds/themes/{code}.{format}", Access.PUBLIC);
        operations.put("GET /api/oembed", Access.PUBLIC);
        operations.put("GET /api/s/{id}/{target}", Access.PUBLIC);
        operations.put("POST /api/s/{id}/{target}", Access.PUBLIC);
        operations.put("GET /api/dashboard/export", Access.OFFICIAL_OR_ADMIN);
        operations.put("GET /api/sitemap.xml", Access.PUBLIC);
        operations.put("GET /api/robots.txt", Access.PUBLIC);
        // Bodies of {} are refused (422) before anything changes, so the demo's themes stay as they are
        for (String kind : List.of("themes", "districts")) {
            operations.put("GET /api/" + kind, Access.PUBLIC);
            operations.put("POST /api/" + kind, Access.ADMIN);
            operations.put("PUT /api/" + kind + "/{code}", Access.ADMIN);
            operations.put("POST /api/" + kind + "/{code}/move", Access.ADMIN);
        }

        // The town (#17): bodies of {} are refused (422) before anything changes; the logo's body is not an image
        operations.put("GET /api/town", Access.PUBLIC);
        operations.put("PUT /api/town", Access.ADMIN);
        operations.put("GET /api/town/logo", Access.PUBLIC);
        operations.put("PUT /api/town/logo", Access.ADMIN);
        operations.put("GET /api/town/style.css", Access.PUBLIC);
        operations.put("GET /api/town/legal", Access.PUBLIC);
        operations.put("PUT /api/town/legal", Access.ADMIN);
        operations.put("GET /api/town/accessibility", Access.PUBLIC);
        operations.put("PUT /api/town/accessibility", Access.ADMIN);

        // Participatory budgets (#20): bodies of {} are refused (422) before anything is written
        operations.put("GET /api/budgets", Access.PUBLIC);
        operations.put("POST /api/budgets", Access.ADMIN);
        operations.put("GET /api/budgets/{id}", Access.PUBLIC);
        operations.put("PUT /api/budgets/{id}", Access.ADMIN);
        operations.put("GET /api/budgets/{budget}/ideas", Access.PUBLIC);
        operations.put("POST /api/budgets/{budget}/ideas", Access.SIGNED_IN);
        // The vote (#20), on a budget that does not exist: 404 for whoever may ask
        operations.put("GET /api/budgets/{budget}/ballot/{envelope}", Access.PUBLIC);
        operations.put("POST /api/budgets/{budget}/ballot/{envelope}", Access.SIGNED_IN);
        operations.put("PUT /api/budgets/{budget}/ballot/{envelope}/basket/{project}", Access.SIGNED_IN);
        operations.put("DELETE /api/budgets/{budget}/ballot/{envelope}/basket/{project}", Access.SIGNED_IN);
        operations.put("POST /api/budgets/{budget}/ballot/voter", Access.SIGNED_IN);
        operations.put("GET /api/budgets/{budget}/results/{envelope}", Access.PUBLIC);
        operations.put("POST /api/budgets/{budget}/paper/{envelope}", Access.OFFICIAL);
        operations.put("GET /api/budgets/{budget}/results/{envelope}/pabulib", Access.PUBLIC);
        operations.put("GET /api/budgets/{budget}/follow-up", Access.PUBLIC);
        operations.put("POST /api/budgets/{budget}/follow-up/{project}/milestones", Access.OFFICIAL);
        operations.put("PUT /api/budgets/{budget}/follow-up/milestones/{milestone}", Access.OFFICIAL);
        operations.put("PUT /api/budgets/{budget}/follow-up/milestones/{milestone}/photo", Access.OFFICIAL);
        operations.put("DELETE /api/budgets/{budget}/follow-up/milestones/{milestone}/photo", Access.OFFICIAL);
        operations.put("GET /api/photos/milestones/{id}{thumb}.jpg", Access.PUBLIC);
        operations.put("GET /api/cards/budgets/{id}.png", Access.PUBLIC);

        // Following (#21)
        operations.put("GET /api/me/follows", Access.SIGNED_IN);
        operations.put("GET /api/me/follows/{kind}/{target}", Access.SIGNED_IN);
        operations.put("PUT /api/me/follows/{kind}/{target}", Access.SIGNED_IN);
        operations.put("DELETE /api/me/follows/{kind}/{target}", Access.SIGNED_IN);
        // Mail choices, digests and the one-click unsubscribe (#21): a forged token is a 404 for everyone
        operations.put("GET /api/me/notice-preferences", Access.SIGNED_IN);
        operations.put("PUT /api/me/notice-preferences/{kind}", Access.SIGNED_IN);
        operations.put("POST /api/unsubscribe/{token}", Access.PUBLIC);
        operations.put("GET /api/digests", Access.ADMIN);
        operations.put("POST /api/digests/{cadence}", Access.ADMIN);
        // Search (#21): what the public sees, for everyone
        operations.put("GET /api/search", Access.PUBLIC);
        // Places (#21): lookups and the map for everyone, a place by its author, boundaries set by administrators (a
        // body of {} is refused before anything changes; the boundaries removed are put back below)
        operations.put("GET /api/places/search", Access.PUBLIC);
        operations.put("GET /api/places/reverse", Access.PUBLIC);
        operations.put("GET /api/proposals/map", Access.PUBLIC);
        operations.put("PUT /api/proposals/{id}/place", Access.AUTHOR);
        operations.put("DELETE /api/proposals/{id}/place", Access.AUTHOR);
        operations.put("GET /api/districts/at", Access.PUBLIC);
        operations.put("GET /api/districts/boundaries", Access.PUBLIC);
        operations.put("PUT /api/districts/boundaries", Access.ADMIN);
        operations.put("DELETE /api/districts/boundaries", Access.ADMIN);
        operations.put("GET /api/opendata/v1/districts.geojson", Access.PUBLIC);
        // The guest book (#22): reading and signing for everyone (a body of {} is refused), deciding for moderators,
        // answering for officials
        operations.put("GET /api/guestbook", Access.PUBLIC);
        operations.put("GET /api/guestbook/{id}", Access.PUBLIC);
        operations.put("GET /api/guestbook/{id}/card.png", Access.PUBLIC);
        operations.put("POST /api/guestbook", Access.PUBLIC);
        operations.put("POST /api/guestbook/confirm/{token}", Access.PUBLIC);
        operations.put("GET /api/guestbook/pending", Access.MODERATOR);
        operations.put("POST /api/guestbook/{id}/publish", Access.MODERATOR);
        operations.put("POST /api/guestbook/{id}/reject", Access.MODERATOR);
        operations.put("PUT /api/guestbook/{id}/reply", Access.OFFICIAL_OR_ADMIN);
        operations.put("GET /api/contests", Access.PUBLIC);
        operations.put("GET /api/contests/{id}", Access.PUBLIC);
        operations.put("GET /api/contests/{id}/photos", Access.PUBLIC);
        operations.put("POST /api/contests/{id}/photos", Access.SIGNED_IN);
        operations.put("GET /api/contests/photos/{photo}", Access.PUBLIC);
        operations.put("GET /api/contests/photos/{photo}/card.png", Access.PUBLIC);
        operations.put("POST /api/contests/photos/{photo}/vote", Access.SIGNED_IN);
        operations.put("DELETE /api/contests/photos/{photo}/vote", Access.SIGNED_IN);
        operations.put("PUT /api/contests/photos/{photo}/score", Access.SIGNED_IN);
        operations.put("GET /api/contests/photos/pending", Access.MODERATOR);
        operations.put("POST /api/contests/photos/{photo}/approve", Access.MODERATOR);
        operations.put("POST /api/contests/photos/{photo}/reject", Access.MODERATOR);
        operations.put("POST /api/contests", Access.OFFICIAL);
        operations.put("PUT /api/contests/{id}", Access.OFFICIAL);
        operations.put("PUT /api/contests/{id}/jury", Access.OFFICIAL);
        operations.put("POST /api/contests/{id}/results", Access.OFFICIAL);
        operations.put("GET /api/photos/contests/{id}{thumb}.jpg", Access.PUBLIC);
        operations.put("GET /api/galleries", Access.PUBLIC);
        operations.put("GET /api/galleries/{id}", Access.PUBLIC);
        operations.put("GET /api/galleries/{id}/photos", Access.PUBLIC);
        operations.put("POST /api/galleries", Access.OFFICIAL);
        operations.put("PUT /api/galleries/{id}", Access.OFFICIAL);
        operations.put("POST /api/galleries/{id}/items", Access.OFFICIAL);
        operations.put("POST /api/galleries/{id}/photos", Access.OFFICIAL);
        operations.put("POST /api/galleries/{id}/items/{item}/move", Access.OFFICIAL);
        operations.put("DELETE /api/galleries/{id}/items/{item}", Access.OFFICIAL);
        operations.put("GET /api/feeds/galleries/{id}.rss", Access.PUBLIC);
        operations.put("GET /api/photos/galleries/{id}{thumb}.jpg", Access.PUBLIC);
        operations.put("GET /api/network-accounts", Access.ADMIN);
        operations.put("POST /api/network-accounts", Access.ADMIN);
        operations.put("PUT /api/network-accounts/{id}", Access.ADMIN);
        operations.put("GET /api/watch/sources", Access.OFFICIAL_OR_ADMIN);
        operations.put("POST /api/watch/sources", Access.ADMIN);
        operations.put("PUT /api/watch/sources/{id}", Access.ADMIN);
        operations.put("DELETE /api/watch/sources/{id}", Access.ADMIN);
        operations.put("POST /api/watch/sources/{id}/poll", Access.ADMIN);
        operations.put("GET /api/watch/items", Access.OFFICIAL_OR_ADMIN);
        operations.put("GET /api/watch/items/{id}", Access.OFFICIAL_OR_ADMIN);
        operations.put("PUT /api/watch/items/{id}/state", Access.OFFICIAL);
        operations.put("PUT /api/watch/items/{id}/assignee", Access.OFFICIAL);
        operations.put("POST /api/watch/items/{id}/proposal", Access.OFFICIAL);
        operations.put("GET /api/funding/campaigns", Access.PUBLIC);
        operations.put("GET /api/funding/campaigns/{id}", Access.PUBLIC);
        operations.put("POST /api/funding/campaigns", Access.OFFICIAL);
        operations.put("POST /api/funding/campaigns/{id}/updates", Access.OFFICIAL);
        operations.put("POST /api/funding/campaigns/{id}/pledges", Access.SIGNED_IN);
        operations.put("GET /api/funding/pledges/{key}", Access.SIGNED_IN);
        operations.put("POST /api/funding/campaigns/{id}/visitor-pledges", Access.PUBLIC);
        operations.put("POST /api/funding/visitor-pledges/confirm", Access.PUBLIC);
        operations.put("POST /api/funding/needs/{id}/offers", Access.SIGNED_IN);
        operations.put("POST /api/funding/notifications/{provider}", Access.PUBLIC);
        operations.put("POST /api/funding/reconcile", Access.ADMIN);
        operations.put("GET /api/cards/funding/{id}.png", Access.PUBLIC);
        operations.put("GET /api/funding/receipts/payments/{key}", Access.SIGNED_IN);
        operations.put("GET /api/funding/receipts/tax", Access.SIGNED_IN);
        operations.put("GET /api/funding/receipts/tax/{year}", Access.SIGNED_IN);
        operations.put("POST /api/funding/receipts/tax/{year}", Access.SIGNED_IN);
        operations.put("GET /api/funding/backers/{id}", Access.OFFICIAL);
        operations.put("GET /api/funding/backers/{id}/reconciliation", Access.OFFICIAL);
        operations.put("GET /api/funding/backers/{id}/export", Access.OFFICIAL);
        operations.put("POST /api/funding/backers/refunds/{pledge}", Access.OFFICIAL);

        // Sign-in with OpenID Connect (#17): both redirect (to the provider, or to the sign-in page with a message)
        operations.put("GET /api/oidc/{provider}/start", Access.PUBLIC);
        operations.put("GET /api/oidc/{provider}/callback", Access.PUBLIC);

        PortalClient visitor = new PortalClient(base.toURI());
        String openapi = visitor.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi")).GET().build()).body();
        TreeSet<String> documented = new TreeSet<>();
        String path = null;
        for (String line : openapi.split("\n")) {
            Matcher p = Pattern.compile("^  (?:/[^/\\s]+)?(/api/\\S+):\\s*$").matcher(line);
            Matcher m = Pattern.compile("^    (get|put|post|delete|patch):\\s*$").matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (m.matches() && path != null) {
                documented.add(m.group(1).toUpperCase() + " " + path);
            } else if (!line.startsWith(" ")) {
                path = null;
            }
        }
        assertTrue(documented.size() >= operations.size() - 1, "the OpenAPI document lists the operations: " + documented);
        TreeSet<String> undeclared = new TreeSet<>(documented);
        undeclared.removeAll(operations.keySet());
        assertEquals(Set.of(), undeclared, "operations with no declared access: add them to this matrix");

        Map<Who, PortalClient> clients = clients();
        String boundaries = new PortalClient(base.toURI()).get("api/districts/boundaries").body();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Access> operation : operations.entrySet()) {
            String[] parts = operation.getKey().split(" ");
            long id = parts[1].startsWith("/api/comments") ? comment : proposal;
            String url = parts[1].substring(1).replace("{kind}", "proposals").replace("{id}", String.valueOf(id))
                    .replace("{dataset}", "themes").replace("{file}", "civitas-opendata-1999-01-01.zip")
                    .replace("{thumb}", "").replace("{format}", "atom").replace("{code}", "culture")
                    .replace("{target}", "facebook").replace("{provider}", "it").replace("{budget}", "999999999")
                    .replace("{envelope}", "999999999").replace("{project}", "999999999")
                    .replace("{milestone}", "999999999").replace("{token}", "u1.1.REPLY.AAAAAAAAAAAAAAAAAAAAAA")
                    .replace("{cadence}", "weekly").replace("{key}", "AAAAAAAAAAAAAAAAAAAAAAAA").replace("{photo}", "999999999").replace("{item}", "999999999")
                    .replace("{year}", "2001").replace("{pledge}", "999999999");
            // The multipart operations get an empty multipart body: a JSON one would be refused (415) before
            // anyone is asked who they are
            boolean multipart = parts[1].equals("/api/contests/{id}/photos")
                    || parts[1].equals("/api/galleries/{id}/photos");
            String body = parts[1].equals("/api/proposals/{id}") ? validDraft
                    : parts[1].equals("/api/comments/{id}") ? "{\"body\":\"Corrigé\"}"
                    : parts[1].equals("/api/proposals/{id}/place")
                    ? "{\"label\":\"Place du Marché\",\"latitude\":47.2378,\"longitude\":6.0241}" : "{}";
            for (Who who : Who.values()) {
                PortalClient client = clients.get(who);
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.resolve(url))
                        .header("Origin", client.origin())
                        .header("Content-Type", multipart ? "multipart/form-data; boundary=matrix" : "application/json")
                        .method(parts[0], parts[0].equals("GET") || parts[0].equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(multipart ? "--matrix--\r\n" : body))
                        .build());
                int status = response.statusCode();
                boolean expected = allowed(operation.getValue(), who);
                boolean right = expected ? status != 401 && status != 403 && status < 500
                        : status == (who == Who.VISITOR ? 401 : 403);
                if (!right) {
                    wrong.add(operation.getKey() + " as " + who + ": " + status + ", expected "
                            + (expected ? "let in" : who == Who.VISITOR ? "401" : "403"));
                }
            }
        }
        assertEquals(200, clients.get(Who.ADMIN).sendJson("PUT", "api/districts/boundaries", boundaries).statusCode(),
                "the demo town's boundaries put back");
        assertEquals(List.of(), wrong);
    }

    /** ok: the page itself (or its protected-view gate, which serves the page to this role); sign-in; forbidden. */
    private static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 301 || status == 302 || status == 303) {
            return response.headers().firstValue("Location").orElse("").endsWith("/signin") ? "sign-in" : "ok";
        }
        if (status == 403) {
            return PROTECTED_VIEW_PAGE.matcher(response.body()).find() ? "ok" : "forbidden";
        }
        return status == 200 || status == 404 || status == 410 ? "ok" : "status " + status;
    }

    private static Set<String> webappPages() throws IOException {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
