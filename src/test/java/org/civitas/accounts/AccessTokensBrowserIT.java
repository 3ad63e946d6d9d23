package org.civitas.accounts;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen creates personal access tokens on their account page, an "app" uses them over plain HTTP (no cookie, no
 * Origin): a read-only token reads the profile and is refused a vote, a read-and-write one votes; once a token is
 * revoked on the page, or has expired, the app gets 401.
 */
@ExtendWith(Portal.class)
class AccessTokensBrowserIT {

    private final URL base = Portal.base();

    private WebDriver driver;

    private void type(String id, String text) {
        Browser.type(driver, id, text);
    }

    private void waitForText(String text) {
        Browser.waitForMain(driver, text);
    }

    /** A call as another application makes it: its own HTTP client, no cookie, no Origin, the token in a header. */
    private HttpResponse<String> app(String method, String path, String authorization, String json) throws Exception {
        PortalClient app = new PortalClient(base.toURI());
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return app.send(request.build());
    }

    @Test
    void createUseAndRevokeAToken() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Jetons");
        long proposal = TestProposals.publish(author, "Des bancs sur la place du marché", "urbanisme").id();

        try (Browser browser = Browser.start()) {
            driver = browser.driver();
            browser.register(base, "fr", "Théo Appli");

            driver.get(base + "account/index.xhtml");
            driver.findElement(By.linkText("Jetons d’accès pour applications")).click();
            waitForText("Vous n’avez encore aucun jeton.");
            browser.assertAccessible();
            driver.findElement(By.id("createToken")).click();
            waitForText("ce champ est obligatoire");

            type("tokenName", "Téléphone");
            driver.findElement(By.id("createToken")).click();
            waitForText("Copiez-le maintenant");
            String token = driver.findElement(By.id("newToken")).getAttribute("value");
            assertTrue(token.startsWith("cvt_") && token.length() > 40, token);
            assertTrue(driver.findElement(By.tagName("table")).getText().contains(token.substring(0, 10)));
            browser.assertAccessible();
            browser.screenshot("tokens-created-fr");

            HttpResponse<String> me = app("GET", "api/me", "Bearer " + token, null);
            assertEquals(200, me.statusCode(), me.body());
            assertTrue(me.body().contains("Théo Appli"), me.body());
            assertEquals(List.of(), me.headers().allValues("Set-Cookie"),
                    "a token call opens no session: revoking the token must be enough");
            HttpResponse<String> refused = app("PUT", "api/proposals/" + proposal + "/vote", "Bearer " + token,
                    "{\"choice\":\"FOR\"}");
            assertEquals(403, refused.statusCode(), "read only by default: " + refused.body());
            assertTrue(refused.body().contains("lecture seule") || refused.body().contains("read only"), refused.body());
            assertEquals(0, TestProposals.number(author.get("api/proposals/" + proposal).body(), "votesFor"));

            // A second token, read and write, for 30 days
            type("tokenName", "Script de vote");
            new Select(driver.findElement(By.id("tokenScope"))).selectByValue("WRITE");
            new Select(driver.findElement(By.id("tokenDays"))).selectByValue("30");
            driver.findElement(By.id("createToken")).click();
            waitForText("Copiez-le maintenant");
            String writer = driver.findElement(By.id("newToken")).getAttribute("value");
            String rows = driver.findElement(By.tagName("table")).getText();
            assertTrue(rows.contains("Lecture seule") && rows.contains("Lecture et écriture"), rows);
            browser.screenshot("tokens-two-fr");
            HttpResponse<String> vote = app("PUT", "api/proposals/" + proposal + "/vote", "Bearer " + writer,
                    "{\"choice\":\"FOR\"}");
            assertEquals(200, vote.statusCode(), "no cookie, no Origin: the token is enough: " + vote.body());
            assertEquals(1, TestProposals.number(author.get("api/proposals/" + proposal).body(), "votesFor"));
            // Its time is up: refused, and the page says so
            assertEquals(1, TestProposals.number(new PortalClient(base.toURI()).sendJson("POST",
                    "api/test-fixtures/expire-token?start=" + writer.substring(0, 10), null).body(), "expired"));
            assertEquals(401, app("GET", "api/me", "Bearer " + writer, null).statusCode(), "expired");

            HttpResponse<String> wrong = app("GET", "api/me", "Bearer cvt_" + "A".repeat(43), null);
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
            assertEquals(401, app("GET", "api/me", "Basic dXNlcjpwYXNz", null).statusCode());
            // A signed-in session's cookie does not make up for a bad token: the header alone decides.
            assertEquals(200, author.get("api/me").statusCode(), "the author's session works");
            assertEquals(401, author.send(HttpRequest.newBuilder(author.resolve("api/me"))
                    .header("Authorization", "Bearer cvt_" + "B".repeat(43)).GET().build()).statusCode());
            assertEquals(401, app("PUT", "api/proposals/" + proposal + "/vote", null, "{\"choice\":\"FOR\"}").statusCode());

            driver.get(base + "account/index.xhtml");
            driver.findElement(By.linkText("Jetons d’accès pour applications")).click();
            waitForText("Vos jetons");
            assertFalse(driver.getPageSource().contains(token), "the token is shown once");
            assertEquals(2, driver.findElements(By.cssSelector("tbody tr")).size());
            assertTrue(driver.findElement(By.tagName("table")).getText().contains("Téléphone"));
            assertTrue(driver.findElement(By.tagName("table")).getText().contains("(expiré)"));

            browser.resize(390, 844);
            driver.get(base + "account/index.xhtml?lang=en");
            driver.findElement(By.linkText("Access tokens for apps")).click();
            waitForText("Your tokens");
            assertEquals(1, driver.findElements(By.className("revoke-link")).size(), "an expired token needs no revoking");
            driver.findElement(By.className("revoke-link")).click();
            waitForText("Revoke the token \"Téléphone\"?");
            browser.assertAccessible();
            Browser.assertNoSidewaysScroll(driver);
            browser.screenshot("tokens-revoke-en-390");
            driver.findElement(By.id("confirmRevoke")).click();
            waitForText("The token is revoked.");
            assertEquals(401, app("GET", "api/me", "Bearer " + token, null).statusCode(), "revoked at once");
            assertEquals(401, app("DELETE", "api/proposals/" + proposal + "/vote", "Bearer " + token, null).statusCode());
        }
    }
}
