package org.civitas.funding;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.civitas.funding.payments.HostedPagePayments;
import org.civitas.testing.AllAtOnce;
import org.civitas.testing.Browser;
import org.civitas.testing.Mailbox;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pledges through the generic hosted payment page, against a WireMock stand-in for the provider over real HTTP: a
 * pledge is counted once whatever the notifications (repeated, out of order, forged, stale), a lost notification is
 * found when the backer returns and by reconciliation, a provider that is down takes nothing, concurrent pledges never
 * oversell a reward and add up exactly, and an all-or-nothing campaign that fails cancels every authorisation while
 * one that succeeds captures them.
 */
@ExtendWith(Portal.class)
class FundingIT {

    private static final String SECRET = "test-webhook-secret";

    private final URL base = Portal.base();

    private WireMockServer provider;
    private String word;
    /** The official who opened the last campaign. */
    private PortalClient official;

    @BeforeEach
    void startProvider() {
        provider = new WireMockServer(options().port(Portal.wireMockPort()).bindAddress("127.0.0.1"));
        provider.start();
        // The hosted page opens a payment for any reference: its id is "pay_" and the reference
        provider.stubFor(post(urlPathEqualTo("/pay/v1/payments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withTransformers("response-template")
                .withBody("{\"id\":\"pay_{{jsonPath request.body '$.reference'}}\",\"status\":\"pending\","
                        + "\"reference\":\"{{jsonPath request.body '$.reference'}}\","
                        + "\"amount\":{{jsonPath request.body '$.amount'}},"
                        + "\"redirect_url\":\"http://127.0.0.1:" + Portal.wireMockPort() + "/pay/checkout/{{jsonPath request.body '$.reference'}}\"}")));
        // Its page, for the browser: the backer "pays" there (the test then notifies the portal as the provider would)
        provider.stubFor(get(urlPathMatching("/pay/checkout/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html><html lang=\"fr\"><head><title>Paiement</title></head><body><main>"
                        + "<h1>Service de paiement (banc d’essai)</h1></main></body></html>")));
        word = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
    }

    @Test
    void aPledgeIsCountedOnceWhateverTheNotifications() throws Exception {
        long campaign = openCampaign("DONATION", "KEEP_WHAT_IS_RAISED", 500_000, 1);
        long reward = firstReward(campaign);
        PortalClient backer = citizen("Backer");
        HttpResponse<String> started = backer.sendJson("POST", "api/funding/campaigns/" + campaign + "/pledges",
                "{\"amountCents\":2500,\"rewardId\":" + reward + ",\"anonymous\":false}");
        assertEquals(201, started.statusCode(), started.body());
        String key = json(started).getString("key");
        assertEquals("http://127.0.0.1:" + Portal.wireMockPort() + "/pay/checkout/" + key,
                json(started).getString("redirectUrl"));
        LoggedRequest asked = provider.findAll(postRequestedFor(urlPathEqualTo("/pay/v1/payments"))).stream()
                .filter(r -> r.getBodyAsString().contains(key)).findFirst().orElseThrow();
        assertEquals(key, asked.getHeader("Idempotency-Key"));
        assertEquals("Bearer test-payment-key", asked.getHeader("Authorization"));
        JsonObject body = Json.createReader(new StringReader(asked.getBodyAsString())).readObject();
        assertEquals(2500, body.getInt("amount"));
        assertEquals("automatic", body.getString("capture"));
        assertTrue(body.getString("notify_url").endsWith("/api/funding/notifications/hosted"), body.toString());
        assertTrue(body.getString("return_url").contains("/funding/return.xhtml?pledge=" + key), body.toString());
        assertEquals(0, totals(campaign).getJsonNumber("raisedCents").longValue(), "nothing counted before payment");

        assertEquals(204, notify("evt-paid-" + key, key, "paid", 2500).statusCode());
        assertTotals(campaign, 2500, 1);
        assertEquals(204, notify("evt-paid-" + key, key, "paid", 2500).statusCode(), "a repeat is received");
        assertEquals(204, notify("evt-auth-" + key, key, "authorized", 2500).statusCode(), "a late, older report");
        assertTotals(campaign, 2500, 1);
        assertEquals(401, send(signed("{\"id\":\"evt-forged\",\"payment\":{\"id\":\"pay_" + key + "\",\"reference\":\""
                + key + "\",\"status\":\"refunded\",\"amount\":2500}}", Instant.now(), "not-the-secret")).statusCode());
        assertEquals(401, send(signed("{\"id\":\"evt-stale\",\"payment\":{\"id\":\"pay_" + key + "\",\"reference\":\""
                + key + "\",\"status\":\"refunded\",\"amount\":2500}}", Instant.now().minusSeconds(900), SECRET))
                .statusCode(), "a replayed notification is refused");
        assertEquals(204, notify("evt-wrong-amount-" + key, key, "refunded", 100).statusCode());
        assertTotals(campaign, 2500, 1);

        JsonObject mine = json(backer.get("api/funding/pledges/" + key));
        assertEquals("PAID", mine.getString("state"));
        assertTrue(mine.getJsonNumber("receiptNumber").longValue() >= 1, "a paid pledge has its receipt number");
        assertEquals(404, citizen("Other").get("api/funding/pledges/" + key).statusCode(), "only its backer sees it");
        JsonObject page = json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign));
        assertTrue(page.toString().contains("Backer " + word), "a named backer shows");
        HttpResponse<String> soldOut = citizen("Late").sendJson("POST", "api/funding/campaigns/" + campaign
                + "/pledges", "{\"amountCents\":2500,\"rewardId\":" + reward + ",\"anonymous\":true}");
        assertEquals(409, soldOut.statusCode(), soldOut.body());
        HttpResponse<String> tooLow = citizen("Low").sendJson("POST", "api/funding/campaigns/" + campaign
                + "/pledges", "{\"amountCents\":50,\"anonymous\":true}");
        assertEquals(400, tooLow.statusCode() / 100 * 100, tooLow.body());

        assertEquals(204, notify("evt-refund-" + key, key, "refunded", 2500).statusCode());
        assertTotals(campaign, 0, 0);
        assertEquals(0, json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign))
                .getJsonArray("rewards").getJsonObject(0).getInt("taken"), "a refunded pledge gives its reward back");
    }

    @Test
    void aLostNotificationIsFoundAndAProviderDownTakesNothing() throws Exception {
        long campaign = openCampaign("DONATION", "KEEP_WHAT_IS_RAISED", 100_000, 3);
        PortalClient backer = citizen("Returning");
        String key = json(backer.sendJson("POST", "api/funding/campaigns/" + campaign + "/pledges",
                "{\"amountCents\":4000,\"anonymous\":true}")).getString("key");
        provider.stubFor(get(urlPathEqualTo("/pay/v1/payments/pay_" + key)).willReturn(okJson(payment(key, "paid", 4000))));
        assertEquals("PAID", json(backer.get("api/funding/pledges/" + key)).getString("state"),
                "the return page asks the provider");
        assertTotals(campaign, 4000, 1);

        String missed = json(citizen("Missed").sendJson("POST", "api/funding/campaigns/" + campaign + "/pledges",
                "{\"amountCents\":1500,\"anonymous\":false}")).getString("key");
        provider.stubFor(get(urlPathEqualTo("/pay/v1/payments")).willReturn(okJson("{\"data\":["
                + payment(missed, "paid", 1500) + "," + payment("not-ours-" + word, "paid", 99) + "]}")));
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        HttpResponse<String> run = admin.sendJson("POST", "api/funding/reconcile", null);
        assertEquals(200, run.statusCode(), run.body());
        assertTotals(campaign, 5500, 2);

        provider.stubFor(post(urlPathEqualTo("/pay/v1/payments")).willReturn(aResponse().withStatus(503)));
        long reward = firstReward(campaign);
        HttpResponse<String> down = citizen("Unlucky").sendJson("POST", "api/funding/campaigns/" + campaign
                + "/pledges", "{\"amountCents\":2500,\"rewardId\":" + reward + ",\"anonymous\":false}");
        assertEquals(503, down.statusCode(), down.body());
        assertTrue(down.body().contains("rien n’a été prélevé") || down.body().contains("nothing was taken"), down.body());
        assertEquals(0, json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign))
                .getJsonArray("rewards").getJsonObject(0).getInt("taken"), "the reward is given back");
        assertTotals(campaign, 5500, 2);
    }

    @Test
    void concurrentPledgesNeverOversellAndAddUpExactly() throws Exception {
        long campaign = openCampaign("DONATION", "KEEP_WHAT_IS_RAISED", 1_000_000, 5);
        long reward = firstReward(campaign);
        List<PortalClient> backers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            backers.add(citizen("Crowd" + i));
        }
        List<HttpResponse<String>> answers = AllAtOnce.run(12, i -> () -> backers.get(i).sendJson("POST",
                "api/funding/campaigns/" + campaign + "/pledges", "{\"amountCents\":3333,\"rewardId\":" + reward
                        + ",\"anonymous\":false}"));
        List<String> keys = answers.stream().filter(a -> a.statusCode() == 201).map(a -> json(a).getString("key")).toList();
        assertEquals(5, keys.size(), "five rewards, five pledges");
        assertEquals(7, answers.stream().filter(a -> a.statusCode() == 409).count());
        // Each payment confirmed twice at the same moment, by two different events
        List<HttpResponse<String>> notified = AllAtOnce.run(10, i -> () -> notify("evt-" + i + "-" + keys.get(i / 2),
                keys.get(i / 2), i % 2 == 0 ? "paid" : "authorized", 3333));
        // A notification the database could not take at that moment is answered 503 (never 500), and sent again
        assertTrue(notified.stream().allMatch(r -> r.statusCode() == 204 || r.statusCode() == 503),
                notified.stream().map(HttpResponse::statusCode).toList().toString());
        for (int i = 0; i < 5; i++) {
            notify("evt-again-" + keys.get(i), keys.get(i), "paid", 3333);
        }
        assertTotals(campaign, 5 * 3333, 5);
    }

    @Test
    void receiptsTaxReceiptsAndTheTreasurersSide() throws Exception {
        long campaign = openCampaign("DONATION", "KEEP_WHAT_IS_RAISED", 500_000, 5);
        PortalClient backer = citizen("Receipt");
        String key = json(backer.sendJson("POST", "api/funding/campaigns/" + campaign + "/pledges",
                "{\"amountCents\":2500,\"anonymous\":true}")).getString("key");
        assertEquals(404, backer.get("api/funding/receipts/payments/" + key).statusCode(), "no receipt before payment");
        assertEquals(204, notify("evt-paid-" + key, key, "paid", 2500).statusCode());

        HttpResponse<String> receipt = backer.get("api/funding/receipts/payments/" + key);
        assertEquals(200, receipt.statusCode());
        assertEquals("application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
        assertTrue(receipt.body().startsWith("%PDF-"), "a PDF");
        assertTrue(receipt.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"receipt-\\d{4}-\\d{6}\\.pdf\""), receipt.headers().toString());
        assertEquals(404, citizen("Curious").get("api/funding/receipts/payments/" + key).statusCode(),
                "nobody else's receipt");
        assertEquals(200, official.get("api/funding/receipts/payments/" + key).statusCode(), "an official's");

        // The campaign's clean address, its link preview and its card
        HttpResponse<String> clean = new PortalClient(base.toURI()).get("campaign/" + campaign);
        assertEquals(200, clean.statusCode());
        assertTrue(clean.body().contains("<link rel=\"canonical\" href=\"" + base + "campaign/" + campaign + "\""),
                "its canonical address is the clean one");
        assertTrue(clean.body().contains("/cards/funding/" + campaign + ".png"), "its card is its preview");
        HttpResponse<String> card = new PortalClient(base.toURI()).get("cards/funding/" + campaign + ".png");
        assertEquals(200, card.statusCode());
        assertEquals("image/png", card.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, new PortalClient(base.toURI()).get("campaign/999999999").statusCode());
        assertTrue(new PortalClient(base.toURI()).get("sitemap.xml").body().contains("/campaign/" + campaign + "<"),
                "in the sitemap");

        // The yearly tax receipt: only for a year that is over, once, with the address it prints
        int lastYear = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/funding/paid-last-year?key=" + key, null)
                .statusCode());
        assertEquals(409, backer.sendJson("POST", "api/funding/receipts/tax/" + (lastYear + 1),
                "{\"postalAddress\":\"3 rue des Lilas\"}").statusCode(), "this year is not over");
        assertEquals(422, backer.sendJson("POST", "api/funding/receipts/tax/" + lastYear,
                "{\"postalAddress\":\" \"}").statusCode(), "an address is needed");
        assertEquals(404, backer.get("api/funding/receipts/tax/" + lastYear).statusCode(), "not issued yet");
        JsonObject issued = json(backer.sendJson("POST", "api/funding/receipts/tax/" + lastYear,
                "{\"postalAddress\":\"3 rue des Lilas, 25000 Besançon\"}"));
        assertEquals(2500, issued.getJsonNumber("amountCents").longValue());
        assertTrue(issued.getString("receiptNumber").matches("F" + lastYear + "-\\d{6}"), issued.toString());
        assertEquals(issued.getString("receiptNumber"), json(backer.sendJson("POST", "api/funding/receipts/tax/"
                + lastYear, "{\"postalAddress\":\"ailleurs\"}")).getString("receiptNumber"), "issued once");
        assertTrue(backer.get("api/funding/receipts/tax/" + lastYear).body().startsWith("%PDF-"));
        assertTrue(backer.get("api/funding/receipts/tax").body().contains(issued.getString("receiptNumber")));
        JsonObject myData = json(backer.get("api/me/data"));
        assertEquals(2500, myData.getJsonArray("pledges").getJsonObject(0).getJsonNumber("amountCents").longValue());
        assertEquals("3 rue des Lilas, 25000 Besançon", myData.getJsonArray("taxReceipts").getJsonObject(0)
                .getString("postalAddress"), "one's data includes one's tax receipts");
        assertEquals(404, citizen("Nobody").sendJson("POST", "api/funding/receipts/tax/" + lastYear,
                "{\"postalAddress\":\"3 rue des Lilas\"}").statusCode(), "no donation, no receipt");

        // The team's side: the backer stays anonymous there too; the totals reconcile; the treasurer's export
        JsonObject page = json(official.get("api/funding/backers/" + campaign));
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertTrue(!row.containsKey("name") || row.isNull("name"), "an anonymous backer's name is not shown: " + row);
        assertEquals("PAID", row.getString("state"));
        long pledgeId = row.getJsonNumber("id").longValue();
        JsonObject report = json(official.get("api/funding/backers/" + campaign + "/reconciliation"));
        assertTrue(report.getBoolean("balanced"), report.toString());
        assertEquals(2500, report.getJsonNumber("countedCents").longValue());
        HttpResponse<String> csv = official.get("api/funding/backers/" + campaign + "/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("pay_" + key) && csv.body().contains("25.00"), csv.body());
        assertTrue(!csv.body().contains("Receipt " + word), "no anonymous name in the export");
        assertEquals(200, official.get("api/funding/backers/" + campaign + "/export?format=xlsx").statusCode());
        assertEquals(400, official.get("api/funding/backers/" + campaign + "/export?format=pdf").statusCode());
        assertEquals(403, backer.get("api/funding/backers/" + campaign).statusCode(), "officials only");

        // An official gives the money back: refunded at the provider, uncounted, in the audit log; once
        provider.stubFor(post(urlPathEqualTo("/pay/v1/payments/pay_" + key + "/refund"))
                .willReturn(okJson(payment(key, "refunded", 2500))));
        assertEquals(403, backer.sendJson("POST", "api/funding/backers/refunds/" + pledgeId,
                "{\"reason\":\"moi\"}").statusCode());
        assertEquals(422, official.sendJson("POST", "api/funding/backers/refunds/" + pledgeId,
                "{\"reason\":\"\"}").statusCode(), "a reason is needed");
        JsonObject refunded = json(official.sendJson("POST", "api/funding/backers/refunds/" + pledgeId,
                "{\"reason\":\"Demandé par la donatrice\"}"));
        assertEquals("REFUNDED", refunded.getString("state"));
        assertTotals(campaign, 0, 0);
        assertEquals(409, official.sendJson("POST", "api/funding/backers/refunds/" + pledgeId,
                "{\"reason\":\"encore\"}").statusCode(), "nothing left to give back");
        provider.verify(1, postRequestedFor(urlPathEqualTo("/pay/v1/payments/pay_" + key + "/refund")));
        assertTrue(json(official.get("api/funding/backers/" + campaign + "/reconciliation")).getBoolean("balanced"));
    }

    @Test
    void aVisitorPledgesWithTheirAddressOnceTheyConfirmIt() throws Exception {
        long campaign = openCampaign("DONATION", "KEEP_WHAT_IS_RAISED", 500_000, 5);
        long reward = firstReward(campaign);
        String email = PortalClient.uniqueEmail("visiteuse");
        PortalClient visitor = new PortalClient(base.toURI());
        assertEquals(422, visitor.sendJson("POST", "api/funding/campaigns/" + campaign + "/visitor-pledges",
                "{\"amountCents\":2500,\"name\":\"\",\"email\":\"" + email + "\"}").statusCode(), "a name");
        assertEquals(422, visitor.sendJson("POST", "api/funding/campaigns/" + campaign + "/visitor-pledges",
                "{\"amountCents\":2500,\"name\":\"Ana\",\"email\":\"pas une adresse\"}").statusCode());
        MimeMessage mail;
        try (Mailbox mailbox = Mailbox.start()) {
            HttpResponse<String> form = visitor.submitForm("funding/campaign.xhtml?id=" + campaign, "visitorForm",
                    "visitorPledge", Map.of("id", String.valueOf(campaign), "visitorName", "Ana " + word,
                            "visitorEmail", email, "visitorAmount", "25", "visitorReward", String.valueOf(reward)));
            assertEquals(302, form.statusCode(), form.body());
            assertTrue(visitor.follow(form).body().contains("nous avons envoyé un lien à " + email));
            mail = mailbox.await(email, "Confirmez votre contribution à");
        }
        assertTotals(campaign, 0, 0);
        assertEquals(0, json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign))
                .getJsonArray("rewards").getJsonObject(0).getInt("taken"), "nothing reserved before the link");
        String link = Mailbox.link(mail, "funding/confirm.xhtml");
        String token = link.substring(link.indexOf("t=") + 2);
        PortalClient clicker = new PortalClient(base.toURI());
        assertTrue(clicker.get(link).body().contains("25,00"), "opening the link shows the pledge, changes nothing");
        HttpResponse<String> confirmed = clicker.submitForm(link, "confirmForm", "confirmPledge", Map.of("t", token));
        assertEquals(302, confirmed.statusCode(), confirmed.body());
        String pay = clicker.follow(confirmed).body();
        assertTrue(pay.contains("/pay/checkout/"), "on to the payment service: " + pay);
        String key = pay.replaceAll("(?s).*/pay/checkout/([A-Za-z0-9_-]+).*", "$1");
        assertEquals(404, visitor.sendJson("POST", "api/funding/visitor-pledges/confirm", "{\"token\":\"" + token
                + "\"}").statusCode(), "the link works once");
        assertEquals(1, json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign))
                .getJsonArray("rewards").getJsonObject(0).getInt("taken"), "the reward is taken on confirming");
        assertTrue(provider.findAll(postRequestedFor(urlPathEqualTo("/pay/v1/payments"))).stream()
                .anyMatch(r -> r.getBodyAsString().contains("/funding/thanks.xhtml?pledge=" + key)),
                "the visitor comes back to the thanks page");
        assertEquals(204, notify("evt-visitor-" + key, key, "paid", 2500).statusCode());
        assertTotals(campaign, 2500, 1);
        String thanks = new PortalClient(base.toURI()).get("funding/thanks.xhtml?pledge=" + key).body();
        assertTrue(thanks.contains("Merci") && thanks.contains("25,00"), thanks);
        assertTrue(json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign)).toString()
                .contains("Ana " + word), "the visitor's name shows, as they let it");

        // An address that has an account: the pledge is that account's, once the link proves the address
        String knownEmail = PortalClient.uniqueEmail("connu");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + knownEmail + "&name=Connu+"
                + word, null).statusCode());
        MimeMessage second;
        try (Mailbox mailbox = Mailbox.start()) {
            assertEquals(202, visitor.sendJson("POST", "api/funding/campaigns/" + campaign + "/visitor-pledges",
                    "{\"amountCents\":1000,\"name\":\"Connu\",\"email\":\"" + knownEmail
                            + "\",\"anonymous\":true,\"locale\":\"en\"}").statusCode());
            second = mailbox.await(knownEmail, "Confirm your pledge to");
        }
        String secondLink = Mailbox.link(second, "funding/confirm.xhtml");
        JsonObject started = json(visitor.sendJson("POST", "api/funding/visitor-pledges/confirm",
                "{\"token\":\"" + secondLink.substring(secondLink.indexOf("t=") + 2) + "\"}"));
        PortalClient known = new PortalClient(base.toURI());
        assertEquals(302, known.signIn(knownEmail, TestAccounts.PASSWORD).statusCode());
        assertEquals(200, known.get("api/funding/pledges/" + started.getString("key")).statusCode(),
                "the pledge is the account's");
        assertEquals(404, visitor.sendJson("POST", "api/funding/visitor-pledges/confirm", "{\"token\":\"nope-nope-nope\"}")
                .statusCode());
    }

    @Test
    void aLoanShowsTheFiguresOfItsProvider() throws Exception {
        PortalClient author = citizen("Author");
        TestProposals.Published proposal = TestProposals.publish(author, "Des panneaux solaires " + word,
                "environnement");
        PortalClient team = TestProposals.answer(base.toURI(), proposal.id(), "Accepté.");
        HttpResponse<String> opened = team.sendJson("POST", "api/funding/campaigns", "{\"targetKind\":\"PROPOSAL\","
                + "\"targetId\":" + proposal.id() + ",\"campaign\":{\"kind\":\"LOAN\",\"title\":\"Prêt " + word
                + "\",\"purpose\":\"Des panneaux sur le gymnase.\",\"goalCents\":30000000,\"closesOn\":\""
                + LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30) + "\",\"mode\":\"ALL_OR_NOTHING\","
                + "\"providerUrl\":\"https://prets.example/projets/solaire-" + word + "?utm_source=x\","
                + "\"rewards\":[],\"needs\":[]}}");
        assertEquals(201, opened.statusCode(), opened.body());
        long campaign = json(opened).getJsonObject("campaign").getJsonNumber("id").longValue();
        provider.stubFor(get(urlPathEqualTo("/crowd/v1/projects/solaire-" + word)).willReturn(okJson(
                "{\"data\":{\"amount_raised\":12345.67,\"investors\":17,\"status\":\"open\"}}")));
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        assertEquals(200, admin.sendJson("POST", "api/funding/reconcile", null).statusCode());
        assertTotals(campaign, 1_234_567, 17);
        assertEquals(409, citizen("Lender").sendJson("POST", "api/funding/campaigns/" + campaign + "/pledges",
                "{\"amountCents\":2500,\"anonymous\":false}").statusCode(), "the portal takes no loan itself");

        provider.stubFor(get(urlPathEqualTo("/crowd/v1/projects/solaire-" + word))
                .willReturn(aResponse().withStatus(503)));
        assertEquals(200, admin.sendJson("POST", "api/funding/reconcile", null).statusCode());
        assertTotals(campaign, 1_234_567, 17);
        provider.stubFor(get(urlPathEqualTo("/crowd/v1/projects/solaire-" + word))
                .willReturn(okJson("{\"raised_cents\":-5}")));
        assertEquals(200, admin.sendJson("POST", "api/funding/reconcile", null).statusCode());
        assertTotals(campaign, 1_234_567, 17);
    }

    @Test
    void aCampaignOnABudgetProjectShowsOnTheIdeaItCameFrom() throws Exception {
        // The demo town's pilot budget has published, counted projects
        PortalClient visitor = new PortalClient(base.toURI());
        String budgets = visitor.get("api/budgets").body();
        String budget = budgets.replaceAll("(?s).*\"id\":(\\d+),\"phase\":\"[A-Z_]+\",\"resultsOn\":\"[0-9-]+\","
                + "\"slug\":\"budget-participatif-2026\".*", "$1");
        JsonObject project = json(visitor.get("api/budgets/" + budget + "/follow-up")).getJsonArray("projects")
                .getJsonObject(0);
        long projectId = project.getJsonNumber("projectId").longValue();
        long ideaId = project.getJsonNumber("ideaId").longValue();
        PortalClient team = TestAccounts.signedInWithRole(base.toURI(), "Équipe " + word, "OFFICIAL");
        String campaign = "{\"kind\":\"DONATION\",\"title\":\"Projet financé " + word + "\",\"purpose\":\"Un banc de"
                + " plus.\",\"goalCents\":500000,\"closesOn\":\"" + LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20)
                + "\",\"mode\":\"KEEP_WHAT_IS_RAISED\",\"rewards\":[],\"needs\":[]}";
        HttpResponse<String> opened = team.sendJson("POST", "api/funding/campaigns", "{\"targetKind\":\"BUDGET_PROJECT\","
                + "\"targetId\":" + projectId + ",\"campaign\":" + campaign + "}");
        assertEquals(201, opened.statusCode(), opened.body());
        long id = json(opened).getJsonObject("campaign").getJsonNumber("id").longValue();
        assertEquals(422, team.sendJson("POST", "api/funding/campaigns", "{\"targetKind\":\"BUDGET_PROJECT\","
                + "\"targetId\":999999999,\"campaign\":" + campaign + "}").statusCode(), "no such project");

        String ideaPage = visitor.follow(visitor.get("proposals/" + ideaId)).body();
        assertTrue(ideaPage.contains("id=\"campaign-" + id + "\"") && ideaPage.contains("Projet financé " + word),
                "the idea's page shows the campaign on the project it became");
        TestProposals.Published other = TestProposals.publish(citizen("Other"), "Une autre idée " + word, "environnement");
        assertFalse(visitor.follow(visitor.get("proposals/" + other.id())).body().contains("id=\"campaign-" + id + "\""),
                "and no other proposal does");
    }

    @Test
    void anAllOrNothingCampaignCancelsOrCapturesItsAuthorisations() throws Exception {
        long failing = openCampaign("DONATION", "ALL_OR_NOTHING", 1_000_000, 10);
        long winning = openCampaign("DONATION", "ALL_OR_NOTHING", 5_000, 10);
        String a = json(citizen("Hopeful").sendJson("POST", "api/funding/campaigns/" + failing + "/pledges",
                "{\"amountCents\":2000,\"anonymous\":false}")).getString("key");
        String b = json(citizen("Generous").sendJson("POST", "api/funding/campaigns/" + winning + "/pledges",
                "{\"amountCents\":6000,\"anonymous\":false}")).getString("key");
        assertTrue(provider.findAll(postRequestedFor(urlPathEqualTo("/pay/v1/payments"))).stream()
                .filter(r -> r.getBodyAsString().contains(a)).allMatch(r -> r.getBodyAsString().contains("\"manual\"")),
                "all-or-nothing only authorises");
        String c = json(citizen("Hasty").sendJson("POST", "api/funding/campaigns/" + failing + "/pledges",
                "{\"amountCents\":3000,\"anonymous\":false}")).getString("key");
        notify("evt-" + a, a, "authorized", 2000);
        notify("evt-" + b, b, "authorized", 6000);
        // A provider that took the money at once although asked only to authorise: refunded when the campaign fails
        notify("evt-" + c, c, "paid", 3000);
        assertTotals(failing, 5000, 2);
        provider.stubFor(post(urlPathEqualTo("/pay/v1/payments/pay_" + c + "/refund")).willReturn(okJson(payment(c, "refunded", 3000))));
        provider.stubFor(post(urlPathEqualTo("/pay/v1/payments/pay_" + a + "/cancel")).willReturn(okJson(payment(a, "cancelled", 2000))));
        provider.stubFor(post(urlPathEqualTo("/pay/v1/payments/pay_" + b + "/capture")).willReturn(okJson(payment(b, "paid", 6000))));
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/funding/closed-yesterday?campaign=" + failing, null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/funding/closed-yesterday?campaign=" + winning, null).statusCode());
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        assertEquals(200, admin.sendJson("POST", "api/funding/reconcile", null).statusCode());

        JsonObject lost = json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + failing));
        assertEquals("FAILED", lost.getJsonObject("campaign").getString("status"));
        assertEquals(5000, lost.getJsonNumber("finalCents").longValue(), "the figures at closing are kept");
        assertTotals(failing, 0, 0);
        provider.verify(1, postRequestedFor(urlPathEqualTo("/pay/v1/payments/pay_" + a + "/cancel")));
        provider.verify(1, postRequestedFor(urlPathEqualTo("/pay/v1/payments/pay_" + c + "/refund")));
        assertEquals("CANCELLED", pledges(failing).get(0).get("state"));
        assertEquals("REFUNDED", pledges(failing).get(1).get("state"));

        JsonObject won = json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + winning));
        assertEquals("SUCCEEDED", won.getJsonObject("campaign").getString("status"));
        provider.verify(1, postRequestedFor(urlPathEqualTo("/pay/v1/payments/pay_" + b + "/capture")));
        assertEquals("PAID", pledges(winning).get(0).get("state"));
        assertTotals(winning, 6000, 1);
        HttpResponse<String> late = citizen("Late").sendJson("POST", "api/funding/campaigns/" + winning + "/pledges",
                "{\"amountCents\":2000,\"anonymous\":false}");
        assertEquals(409, late.statusCode(), "a closed campaign takes no pledge");
    }

    @Test
    void aResidentPledgesInTheBrowserAndTheTeamRefundsWithoutScript() throws Exception {
        PortalClient author = citizen("Author");
        TestProposals.Published proposal = TestProposals.publish(author, "Un verger partagé " + word, "environnement");
        TestProposals.answer(base.toURI(), proposal.id(), "Accepté.");
        String officialEmail = PortalClient.uniqueEmail("elue");
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + officialEmail + "&name=Élue+"
                + word, null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + officialEmail, null)
                .statusCode());
        String backerEmail = PortalClient.uniqueEmail("donatrice");
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + backerEmail + "&name=Donatrice+"
                + word, null).statusCode());
        LocalDate closes = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", officialEmail);
            checkPages(browser, "review/campaign.xhtml?target=PROPOSAL&id=" + proposal.id(), "open");
            driver.get(base + "review/campaign.xhtml?lang=fr&target=PROPOSAL&id=" + proposal.id());
            Browser.type(driver, "title", "Un verger pour le quartier " + word);
            Browser.type(driver, "purpose", "Douze pommiers, leurs tuteurs et deux ans de soins.");
            Browser.type(driver, "goal", "2000");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('closesOn').value = arguments[0]",
                    closes.toString());
            Browser.type(driver, "rewardTitle1", "Un panier de pommes");
            Browser.type(driver, "rewardMin1", "20");
            Browser.type(driver, "rewardQuantity1", "10");
            Browser.type(driver, "needTitle1", "Planter les pommiers");
            Browser.type(driver, "needNeeded1", "8");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('needOn1').value = arguments[0]",
                    closes.plusDays(10).toString());
            driver.findElement(By.id("openCampaign")).click();
            Browser.waitForMain(driver, "Campagne ouverte.");
            String campaignPath = driver.getCurrentUrl().replace(base.toString(), "").replaceAll("[?&]lang=\\w+", "");
            assertTrue(campaignPath.startsWith("funding/campaign.xhtml?id="), campaignPath);

            driver.manage().deleteAllCookies();
            browser.signIn(base, "fr", backerEmail);
            driver.get(base + campaignPath + "&lang=fr");
            Browser.type(driver, "amount", "25");
            driver.findElement(By.cssSelector("label[for^='reward-'][for$='" + firstReward(Long.parseLong(
                    campaignPath.replaceAll("\\D+", ""))) + "']")).click();
            driver.findElement(By.id("pledgeNow")).click();
            Browser.waitForMain(driver, "Service de paiement (banc d’essai)");
            String key = driver.getCurrentUrl().replaceAll("^.*/checkout/", "");
            assertEquals(204, notify("evt-browser-" + key, key, "paid", 2500).statusCode());
            driver.get(base + "funding/return.xhtml?pledge=" + key + "&lang=fr");
            Browser.waitForMain(driver, "Merci ! Votre don de 25,00 € est reçu.");
            int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
            assertTrue(driver.findElement(By.id("receipt")).getText().startsWith("Reçu " + year + "-"),
                    "its receipt, to download");
            checkPages(browser, "funding/return.xhtml?pledge=" + key, "return");
            checkPages(browser, campaignPath, "campaign");
            checkPages(browser, "funding", "list");
            checkPages(browser, "account/contributions.xhtml", "contributions");
            driver.get(base + campaignPath + "&lang=fr");
            Browser.waitForMain(driver, "Donatrice " + word);

            // The team gives the money back from the backers' page: a reason, a box to tick, one button
            provider.stubFor(post(urlPathEqualTo("/pay/v1/payments/pay_" + key + "/refund"))
                    .willReturn(okJson(payment(key, "refunded", 2500))));
            long campaignId = Long.parseLong(campaignPath.replaceAll("\\D+", ""));
            PortalClient reader = new PortalClient(base.toURI());
            String proposalPage = reader.follow(reader.get("proposals/" + proposal.id())).body();
            assertTrue(proposalPage.contains("id=\"campaign-" + campaignId + "\"")
                    && proposalPage.contains("Un verger pour le quartier " + word), "the proposal shows its campaign");
            checkPages(browser, "proposals/" + proposal.id(), "proposal-with-campaign");
            checkPages(browser, "funding/thanks.xhtml?pledge=" + key, "thanks");
            String visitorEmail = PortalClient.uniqueEmail("passante");
            String token;
            try (Mailbox mailbox = Mailbox.start()) {
                assertEquals(202, reader.sendJson("POST", "api/funding/campaigns/" + campaignId + "/visitor-pledges",
                        "{\"amountCents\":1500,\"name\":\"Passante " + word + "\",\"email\":\"" + visitorEmail
                                + "\"}").statusCode());
                String link = Mailbox.link(mailbox.await(visitorEmail, "Confirmez votre contribution à"),
                        "funding/confirm.xhtml");
                token = link.substring(link.indexOf("t=") + 2);
            }
            driver.manage().deleteAllCookies();
            checkPages(browser, "funding/confirm.xhtml?t=" + token, "confirm");
            driver.manage().deleteAllCookies();
            browser.signIn(base, "fr", officialEmail);
            checkPages(browser, "review/funding-backers.xhtml?id=" + campaignId, "backers");
            driver.get(base + "review/funding-backers.xhtml?lang=fr&id=" + campaignId);
            Browser.waitForMain(driver, "Donatrice " + word);
            String row = driver.findElement(By.cssSelector("#backersTable tbody tr")).getAttribute("id");
            String pledgeId = row.replace("pledge-", "");
            Browser.type(driver, "reason-" + pledgeId, "Demandé par la donatrice");
            driver.findElement(By.id("confirm-" + pledgeId)).click();
            driver.findElement(By.cssSelector("#" + row + " input[type=submit]")).click();
            Browser.waitForMain(driver, "l’argent est rendu");
            Browser.waitForMain(driver, "Remboursé");

            driver.manage().deleteAllCookies();
            // A visitor sees the form to pledge with their address (no account, no script)
            checkPages(browser, campaignPath, "campaign-visitor");
            driver.get(base + campaignPath + "&lang=fr");
            assertTrue(driver.findElement(By.id("visitorPledge")).isDisplayed(), "the visitor's form");
            browser.signIn(base, "fr", backerEmail);
            driver.get(base + "funding/return.xhtml?pledge=" + key + "&lang=fr");
            Browser.waitForMain(driver, "Ce paiement de 25,00 € a été remboursé.");
            driver.get(base + campaignPath + "&lang=fr");
            Browser.waitForMain(driver, "aucun contributeur");
        }
    }

    /** The page in both languages at both widths: axe-clean, no sideways scroll, a screenshot to look at. */
    private void checkPages(Browser browser, String path, String name) {
        browser.checkPage(base, path, "funding/" + name);
    }


    private long openCampaign(String kind, String mode, long goalCents, int rewardQuantity) throws Exception {
        PortalClient author = citizen("Author");
        TestProposals.Published proposal = TestProposals.publish(author, "Des arbres dans la cour " + word + " "
                + UUID.randomUUID().toString().substring(0, 4), "environnement");
        official = TestProposals.answer(base.toURI(), proposal.id(), "Accepté, avec votre aide.");
        LocalDate closes = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
        HttpResponse<String> opened = official.sendJson("POST", "api/funding/campaigns", "{\"targetKind\":\"PROPOSAL\","
                + "\"targetId\":" + proposal.id() + ",\"campaign\":{\"kind\":\"" + kind + "\",\"title\":\"Campagne "
                + word + "\",\"purpose\":\"Vingt arbres et leurs tuteurs.\",\"goalCents\":" + goalCents
                + ",\"closesOn\":\"" + closes + "\",\"mode\":\"" + mode + "\",\"rewards\":[{\"title\":\"Une plaque\","
                + "\"minCents\":2000,\"quantity\":" + rewardQuantity + "}],\"needs\":[{\"kind\":\"TIME\","
                + "\"title\":\"Planter\",\"needed\":10,\"neededOn\":\"" + closes.plusDays(10) + "\"}]}}");
        assertEquals(201, opened.statusCode(), opened.body());
        return json(opened).getJsonObject("campaign").getJsonNumber("id").longValue();
    }

    private long firstReward(long campaign) throws Exception {
        return json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign)).getJsonArray("rewards")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private PortalClient citizen(String name) throws Exception {
        String email = PortalClient.uniqueEmail(name.toLowerCase());
        PortalClient fixtures = new PortalClient(base.toURI());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/citizen?email=" + email + "&name=" + name + "+"
                + word, null).statusCode());
        PortalClient client = new PortalClient(base.toURI());
        assertEquals(302, client.signIn(email, TestAccounts.PASSWORD).statusCode());
        return client;
    }

    private JsonObject totals(long campaign) throws Exception {
        return json(new PortalClient(base.toURI()).get("api/funding/campaigns/" + campaign)).getJsonObject("campaign");
    }

    private void assertTotals(long campaign, long cents, int backers) throws Exception {
        JsonObject c = totals(campaign);
        assertEquals(cents, c.getJsonNumber("raisedCents").longValue(), c.toString());
        assertEquals(backers, c.getInt("backers"), c.toString());
    }

    private List<Map<String, Object>> pledges(long campaign) throws Exception {
        JsonArray rows = Json.createReader(new StringReader(new PortalClient(base.toURI())
                .get("api/test-fixtures/funding/pledges?campaign=" + campaign).body())).readArray();
        return rows.getValuesAs(JsonObject.class).stream()
                .map(o -> Map.<String, Object>of("state", o.getString("state"), "key", o.getString("key"))).toList();
    }

    private HttpResponse<String> notify(String event, String key, String status, long amount) throws Exception {
        return send(signed("{\"id\":\"" + event + "\",\"type\":\"payment.updated\",\"payment\":"
                + payment(key, status, amount) + "}", Instant.now(), SECRET));
    }

    private static String payment(String key, String status, long amount) {
        return "{\"id\":\"pay_" + key + "\",\"reference\":\"" + key + "\",\"status\":\"" + status + "\",\"amount\":"
                + amount + "}";
    }

    private HttpRequest signed(String body, Instant at, String secret) throws Exception {
        long t = at.getEpochSecond();
        String signature = HexFormat.of().formatHex(HostedPagePayments.hmac(secret, t + "." + body));
        return HttpRequest.newBuilder(base.toURI().resolve("api/funding/notifications/hosted"))
                .header("Content-Type", "application/json").header("Payment-Signature", "t=" + t + ",v1=" + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return new PortalClient(base.toURI()).send(request);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
