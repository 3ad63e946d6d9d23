package org.civitas.budgets;

import org.civitas.proposals.TestPhotos;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestBudgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20, follow-up: officials post milestones of the funded projects; everyone reads where each stands. */
@ExtendWith(Portal.class)
class FollowUpIT {

    private final URI base = Portal.base().toURI();

    FollowUpIT() throws Exception {
    }

    @Test
    void officialsPostMilestonesOfFundedProjectsOnly() {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"KNAPSACK\"");
        long fresco = v.townProjects().get("Une fresque murale");
        long garden = v.townProjects().get("Un jardin partagé");
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Votant Suivi");
        assertEquals(204, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode());
        assertEquals(200, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[" + fresco + "]}").statusCode());
        TestBudgets.change(v.admin(), v.budget(), TestBudgets.beginningToday(
                TestBudgets.closed(v.json()), "followUp"));
        new PortalClient(base).sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null);

        PortalClient visitor = new PortalClient(base);
        String before = visitor.get("budgets/follow-up.xhtml?id=" + v.budget()).body();
        assertTrue(before.contains("Une fresque murale") && !before.contains("Un jardin partagé"), "funded projects only");

        // A resident follows the project (the idea it grew from) from the follow-up page's link to it
        Matcher idea = Pattern.compile("href=\"/proposals/(\\d+)/[^\"]*\">Une fresque murale").matcher(before);
        assertTrue(idea.find(), before);
        assertEquals(204, resident.sendJson("PUT", "api/me/follows/proposal/" + idea.group(1), null).statusCode());
        // Another follows the whole budget, from its page's button (no JavaScript: the form posts, the page comes back)
        PortalClient budgetFollower = new PortalClient(base);
        budgetFollower.registerNewCitizen("Suiveuse Budget");
        HttpResponse<String> followed = budgetFollower.submitForm("budgets/view.xhtml?id=" + v.budget(), "followBudget",
                "followBudgetButton", Map.of("id", Long.toString(v.budget()), "followKind", "BUDGET", "followTarget",
                        Long.toString(v.budget()), "followWant", "follow", "followBack",
                        "/budgets/view.xhtml?id=" + v.budget()));
        assertEquals(302, followed.statusCode(), followed.body());
        assertTrue(budgetFollower.get("api/me/follows/budget/" + v.budget()).body().contains("\"following\":true"));
        assertTrue(budgetFollower.get("account/following.xhtml").body().contains("href=\"/budgets/view.xhtml?id="
                + v.budget() + "\""), "listed among what one follows, with its link");

        PortalClient official = TestAccounts.signedInWithRole(base, "Élue Suivi", "OFFICIAL");
        HttpResponse<String> posted = official.submitForm("review/milestone.xhtml?project=" + fresco, "milestoneForm", "post",
                Map.of("project", Long.toString(fresco), "happenedOn", TestBudgets.today().toString(), "status", "WORKS",
                        "percentDone", "40", "body", "Les échafaudages sont posés."));
        assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, "posted: " + posted.statusCode());
        String after = visitor.get("budgets/follow-up.xhtml?id=" + v.budget()).body();
        assertTrue(after.contains("Les échafaudages sont posés.") && after.contains("En travaux")
                && after.contains("value=\"40\""), "the step, the status and the bar");
        String step = "Une nouvelle étape pour le projet";
        assertTrue(resident.awaitPage("account/notifications.xhtml", step).contains(step), "its follower is told");
        assertTrue(budgetFollower.awaitPage("account/notifications.xhtml", step).contains(step),
                "the budget's follower is told too");
        assertFalse(official.get("account/notifications.xhtml").body().contains(step), "not the official who posted it");
        HttpResponse<String> tooFar = official.submitForm("review/milestone.xhtml?project=" + fresco, "milestoneForm", "post",
                Map.of("project", Long.toString(fresco), "happenedOn", TestBudgets.today().toString(), "status", "WORKS",
                        "percentDone", "140", "body", "Trop."));
        assertFalse(tooFar.statusCode() == 302 || tooFar.statusCode() == 303, "over 100 %: refused");
        assertEquals(404, official.get("review/milestone.xhtml?project=" + garden).statusCode(), "not funded");
        assertEquals(403, resident.get("review/milestone.xhtml?project=" + fresco).statusCode(), "officials only");
    }

    @Test
    void aStepsPhotoIsCheckedServedReplacedAndOpenDataAsTheFollowUpIsThroughTheApi() throws Exception {
        TestBudgets.Voting v = TestBudgets.voting(base, "\"ballotKind\":\"KNAPSACK\"");
        long fresco = v.townProjects().get("Une fresque murale");
        PortalClient resident = new PortalClient(base);
        resident.registerNewCitizen("Votante Photo");
        assertEquals(204, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/voter", "{}").statusCode());
        assertEquals(200, resident.sendJson("POST", "api/budgets/" + v.budget() + "/ballot/" + v.town(),
                "{\"projects\":[" + fresco + "]}").statusCode());
        String followUp = "api/budgets/" + v.budget() + "/follow-up";
        PortalClient visitor = new PortalClient(base);
        assertTrue(visitor.get(followUp).body().contains("\"counted\":false"), "nothing funded before the count");
        TestBudgets.change(v.admin(), v.budget(), TestBudgets.beginningToday(TestBudgets.closed(v.json()), "followUp"));
        new PortalClient(base).sendJson("POST", "api/test-fixtures/budgets/count?budget=" + v.budget(), null);
        PortalClient official = TestAccounts.signedInWithRole(base, "Élu Photo", "OFFICIAL");
        String form = "review/milestone.xhtml?project=" + fresco;
        Map<String, String> fields = Map.of("project", Long.toString(fresco), "happenedOn",
                TestBudgets.today().toString(), "status", "STUDIES", "percentDone", "10", "body", "Le mur est choisi.");

        // a file that is not an image: nothing posted, what was typed kept, the photo field says why
        HttpResponse<String> refused = official.submitFile(form, "milestoneForm", "post", fields, "photo", "notes.txt",
                "pas une image".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Ce fichier n’est pas une image JPEG, PNG ou WebP.")
                && refused.body().contains("Le mur est choisi."), "refused and kept");
        assertFalse(visitor.get(followUp).body().contains("Le mur est choisi."), "nothing posted");

        // a phone's photo: posted with the step, served re-encoded without its metadata
        HttpResponse<String> posted = official.submitFile(form, "milestoneForm", "post", fields, "photo", "mur.jpg",
                TestPhotos.phoneJpeg());
        assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, "posted: " + posted.body());
        String json = visitor.get(followUp).body();
        Matcher photo = Pattern.compile("\"photo\":\"[^\"]*/photos/milestones/(\\d+)\\.jpg\"").matcher(json);
        assertTrue(json.contains("\"counted\":true") && json.contains("\"status\":\"STUDIES\"")
                && json.contains("\"percentDone\":10") && photo.find(), json);
        long photoId = Long.parseLong(photo.group(1));
        String page = visitor.get("budgets/follow-up.xhtml?id=" + v.budget()).body();
        assertTrue(page.contains("/photos/milestones/" + photoId + "-thumb.jpg") && page.contains("alt=\"Photo de cette étape du projet\""),
                "the thumbnail, linked to the large photo, on the public page");
        HttpResponse<byte[]> large = visitor.sendForBytes(HttpRequest.newBuilder(base.resolve("photos/milestones/" + photoId + ".jpg")).build());
        assertEquals(200, large.statusCode());
        assertEquals("image/jpeg", large.headers().firstValue("Content-Type").orElse(""));
        assertFalse(new String(large.body(), StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF block (GPS) kept");
        assertEquals(200, visitor.sendForBytes(HttpRequest.newBuilder(base.resolve("photos/milestones/" + photoId + "-thumb.jpg"))
                .build()).statusCode());

        // the API: officials only post, with the phase's and fields' checks; a photo replaced gets a new address
        String steps = followUp + "/" + fresco + "/milestones";
        String works = "{\"happenedOn\":\"" + TestBudgets.today() + "\",\"body\":\"Les travaux commencent.\",\"percentDone\":30,"
                + "\"status\":\"WORKS\"}";
        assertEquals(403, resident.sendJson("POST", steps, works).statusCode(), "officials only");
        assertEquals(422, official.sendJson("POST", steps, works.replace("30", "130")).statusCode(), "progress over 100");
        assertEquals(404, official.sendJson("POST", followUp + "/" + v.townProjects().get("Un jardin partagé") + "/milestones",
                works).statusCode(), "not funded");
        HttpResponse<String> created = official.sendJson("POST", steps, works);
        assertEquals(201, created.statusCode(), created.body());
        long step = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        String stepPhoto = followUp + "/milestones/" + step + "/photo";
        assertEquals(422, official.send(HttpRequest.newBuilder(base.resolve(stepPhoto)).header("Origin", official.origin())
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofString("nope")).build()).statusCode(),
                "not an image");
        HttpResponse<String> put = official.send(HttpRequest.newBuilder(base.resolve(stepPhoto)).header("Origin", official.origin())
                .header("Content-Type", "image/jpeg").PUT(HttpRequest.BodyPublishers.ofByteArray(TestPhotos.phoneJpeg())).build());
        assertEquals(200, put.statusCode(), put.body());
        long first = Long.parseLong(put.body().replaceAll(".*/photos/milestones/(\\d+)\\.jpg.*", "$1"));
        HttpResponse<String> replaced = official.send(HttpRequest.newBuilder(base.resolve(stepPhoto)).header("Origin", official.origin())
                .header("Content-Type", "image/jpeg").PUT(HttpRequest.BodyPublishers.ofByteArray(TestPhotos.phoneJpeg())).build());
        long second = Long.parseLong(replaced.body().replaceAll(".*/photos/milestones/(\\d+)\\.jpg.*", "$1"));
        assertTrue(second != first, "a new address");
        assertEquals(404, visitor.get("photos/milestones/" + first + ".jpg").statusCode(), "the replaced photo is gone");
        assertEquals(403, resident.sendJson("DELETE", stepPhoto, null).statusCode());
        assertEquals(204, official.sendJson("DELETE", stepPhoto, null).statusCode());
        assertEquals(404, visitor.get("photos/milestones/" + second + ".jpg").statusCode(), "removed");
        assertEquals(404, official.sendJson("DELETE", "api/budgets/" + (v.budget() + 100000) + "/follow-up/milestones/" + step
                + "/photo", null).statusCode(), "another budget's address");

        // a step corrected: through the API (its photo stays as it is) and through the form the public page links to
        String stepAddress = followUp + "/milestones/" + step;
        String correction = works.replace("Les travaux commencent.", "Les travaux commencent lundi.").replace("30", "35");
        assertEquals(403, resident.sendJson("PUT", stepAddress, correction).statusCode(), "officials only");
        assertEquals(422, official.sendJson("PUT", stepAddress, correction.replace("35", "135")).statusCode());
        assertEquals(404, official.sendJson("PUT", "api/budgets/" + (v.budget() + 100000) + "/follow-up/milestones/" + step,
                correction).statusCode(), "another budget's address");
        HttpResponse<String> corrected = official.sendJson("PUT", stepAddress, correction);
        assertEquals(200, corrected.statusCode(), corrected.body());
        String afterApi = visitor.get(followUp).body();
        assertTrue(afterApi.contains("\"body\":\"Les travaux commencent lundi.\"") && afterApi.contains("\"percentDone\":35"),
                "corrected for everyone: " + afterApi);
        String correctForm = "review/milestone.xhtml?milestone=" + step;
        assertTrue(official.get("budgets/follow-up.xhtml?id=" + v.budget()).body().contains(correctForm),
                "the public page links each step to its correction, for officials");
        assertFalse(visitor.get("budgets/follow-up.xhtml?id=" + v.budget()).body().contains(correctForm), "not for others");
        assertTrue(official.get(correctForm).body().contains("Les travaux commencent lundi."), "the form comes filled");
        assertEquals(403, resident.get(correctForm).statusCode());
        assertEquals(404, official.get("review/milestone.xhtml?milestone=999999999").statusCode());
        HttpResponse<String> saved = official.submitForm(correctForm, "milestoneForm", "post", Map.of("milestone",
                Long.toString(step), "happenedOn", TestBudgets.today().toString(), "status", "DELIVERED", "percentDone", "100",
                "body", "La fresque est finie."));
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, "saved: " + saved.body());
        String afterForm = visitor.get(followUp).body();
        assertTrue(afterForm.contains("\"body\":\"La fresque est finie.\"") && afterForm.contains("\"percentDone\":100")
                && afterForm.contains("\"status\":\"DELIVERED\"") && !afterForm.contains("Les travaux commencent lundi."),
                afterForm);

        // open data and the audit log
        String csv = visitor.get("api/opendata/v1/budget-milestones.csv").body();
        assertTrue(csv.startsWith("id,project_id,happened_on,body,percent_done,status,photo_url,posted_at,changed_at"), csv);
        assertTrue(csv.contains("," + fresco + "," + TestBudgets.today() + ",Le mur est choisi.,10,STUDIES,")
                && csv.contains("/photos/milestones/" + photoId + ".jpg") && csv.contains("\n" + step + "," + fresco + ","), csv);
        String audit = v.admin().get("admin/audit.xhtml?action=BUDGET_MILESTONE_PHOTO_CHANGED").body();
        assertTrue(audit.contains("Une fresque murale"), "photo changes in the audit log");
        assertTrue(v.admin().get("admin/audit.xhtml?action=BUDGET_MILESTONE_CORRECTED").body().contains("Une fresque murale"),
                "corrections in the audit log");
    }
}
