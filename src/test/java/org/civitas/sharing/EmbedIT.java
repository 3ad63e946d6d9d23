package org.civitas.sharing;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oEmbed provider describes a proposal's card; the card can be framed only by the sites an administrator lists:
 * checked in Chromium with a page served from another origin (a small HTTP server on another port).
 */
@ExtendWith(Portal.class)
class EmbedIT {

    private final URL base = Portal.base();

    @Test
    void oembedDescribesTheCardAndOnlyListedSitesMayFrameIt() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Intégration");
        TestProposals.Published proposal = TestProposals.publish(author, "Arbres & fleurs de l'allée Haute", "environnement");
        long id = proposal.id();
        PortalClient visitor = new PortalClient(base.toURI());
        String page = visitor.get(proposal.path()).body();
        assertTrue(page.contains("type=\"application/json+oembed\""), "oEmbed discovery");

        String url = base + proposal.path();
        HttpResponse<String> oembed = visitor.get("oembed?format=json&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
        assertEquals(200, oembed.statusCode(), oembed.body());
        JsonObject json = Json.createReader(new StringReader(oembed.body())).readObject();
        assertEquals("1.0", json.getString("version"));
        assertEquals("rich", json.getString("type"));
        assertEquals("Arbres & fleurs de l'allée Haute", json.getString("title"));
        assertTrue(json.getString("html").startsWith("<iframe src=\"" + base + "embed/proposals/" + id + "\""), json.getString("html"));
        assertTrue(json.getString("html").contains("&amp; fleurs de l&#39;allée Haute"), "the title is escaped in the HTML");
        assertEquals(480, json.getInt("width"));
        assertTrue(json.getString("thumbnail_url").endsWith("/cards/" + id + ".png"));
        assertEquals(630, json.getInt("thumbnail_height"));
        JsonObject narrow = Json.createReader(new StringReader(visitor.get("oembed?maxwidth=320&maxheight=100&url="
                + URLEncoder.encode(url, StandardCharsets.UTF_8)).body())).readObject();
        assertEquals(320, narrow.getInt("width"));
        assertEquals(200, narrow.getInt("height"), "never smaller than the card can be read");
        assertEquals(501, visitor.get("oembed?format=xml&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)).statusCode());
        assertEquals(400, visitor.get("oembed?format=json").statusCode());
        assertEquals(404, visitor.get("oembed?url=" + URLEncoder.encode("https://evil.example/proposals/" + id, StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, visitor.get("oembed?url=not%20an%20address").statusCode());
        assertEquals(404, visitor.get("oembed?url=" + URLEncoder.encode(base + "proposals/999999999", StandardCharsets.UTF_8)).statusCode());

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String sharingPage = admin.menuLink("admin/sharing.xhtml");
        HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String hostOrigin = "http://127.0.0.1:" + host.getAddress().getPort();
        byte[] hostPage = ("<!DOCTYPE html><html lang=\"fr\"><head><title>Site de la ville</title></head><body>"
                + "<h1>Site de la ville</h1><iframe id=\"card\" src=\"" + base + "embed/proposals/" + id
                + "\" width=\"480\" height=\"240\" title=\"Carte\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
        host.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, hostPage.length);
            exchange.getResponseBody().write(hostPage);
            exchange.close();
        });
        host.start();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            assertEquals(302, saveOrigins(admin, sharingPage, "").statusCode());
            HttpResponse<String> card = visitor.get("embed/proposals/" + id);
            assertEquals(200, card.statusCode());
            assertTrue(card.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            assertTrue(card.headers().firstValue("X-Frame-Options").isEmpty(), "the policy says who may frame it");
            assertTrue(card.body().contains("Arbres &amp; fleurs de l'allée Haute"), "the title, escaped");
            assertTrue(card.headers().allValues("Set-Cookie").isEmpty(), "the card sets no cookie");
            assertFalse(card.body().contains("<script"), "the card runs no script");
            assertFalse(cardShownIn(driver, hostOrigin), "no site listed: the browser refuses to frame the card");

            HttpResponse<String> refused = saveOrigins(admin, sharingPage, "https://www.ville-exemple.fr\njavascript:alert(1)");
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("n’est pas une adresse de site"), refused.body());
            assertTrue(refused.body().contains("javascript:alert(1)</textarea>"), "what was typed is kept");

            assertEquals(302, saveOrigins(admin, sharingPage, "https://www.ville-exemple.fr/\n" + hostOrigin + "\n").statusCode());
            assertTrue(visitor.get("embed/proposals/" + id).headers().firstValue("Content-Security-Policy").orElse("")
                    .endsWith("frame-ancestors https://www.ville-exemple.fr " + hostOrigin));
            assertTrue(cardShownIn(driver, hostOrigin), "a listed site shows the card");
            browser.screenshot("embed-card-fr");
            assertTrue(driver.findElement(By.cssSelector(".embed-vote")).getAttribute("href")
                    .contains("/" + proposal.path() + "?utm_source=embed"));
            driver.switchTo().defaultContent();
        } finally {
            host.stop(0);
            saveOrigins(admin, sharingPage, "");
        }
        assertEquals(404, visitor.get("embed/proposals/999999999").statusCode());
    }

    /** Loads the other site's page and tells whether the card shows in its frame. */
    private static boolean cardShownIn(WebDriver driver, String hostOrigin) {
        driver.switchTo().defaultContent();
        driver.get(hostOrigin + "/");
        // The frame has loaded (the card, or the browser's refusal page) once its document is complete
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("card"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        boolean shown = !driver.findElements(By.cssSelector(".embed-card h1")).isEmpty();
        driver.switchTo().defaultContent();
        if (shown) {
            driver.switchTo().frame("card");
        }
        return shown;
    }

    private HttpResponse<String> saveOrigins(PortalClient admin, String page, String origins) {
        return admin.submitFormPairs(page, "embedForm", "saveOrigins", List.of(Map.entry("origins", origins)));
    }
}
