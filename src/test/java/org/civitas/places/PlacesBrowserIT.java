package org.civitas.places;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident puts the pin of their proposal on the map (the address base, stood in for by WireMock, names the place;
 * the district that holds the pin is chosen), publishes it, sees its place on its page, then finds it on the map of
 * the list, grouped with the others from afar. The pages pass axe in French and English, wide and narrow.
 */
@ExtendWith(Portal.class)
class PlacesBrowserIT {

    private final URL base = Portal.base();

    @Test
    void aResidentPinsTheirProposalAndFindsItOnTheMap() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String title = "Un abri à vélos près du marché " + word;
        WireMockServer addressBase = new WireMockServer(options().port(Portal.wireMockPort()).bindAddress("127.0.0.1"));
        addressBase.start();
        addressBase.stubFor(get(urlPathEqualTo("/geocodage/reverse")).willReturn(okJson("{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.0241,47.2378]},"
                + "\"properties\":{\"label\":\"2 Place du Marché " + word + "\",\"citycode\":\"25056\"}}]}")));
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.register(base, "fr", "Résidente " + word);
            browser.resize(1280, 1100);
            driver.get(base + "proposal/edit.xhtml?lang=fr");
            Browser.type(driver, "title", title);
            Browser.type(driver, "summary", "Des arceaux abrités pour les vélos des clients du marché.");
            Browser.type(driver, "body", "Le marché attire beaucoup de cyclistes.");
            new Select(driver.findElement(By.id("themeCode"))).selectByValue("mobilite");
            WebElement map = driver.findElement(By.cssSelector("[data-map=pin]"));
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> map.isDisplayed()
                    && !d.findElements(By.cssSelector("[data-map=pin] .leaflet-tile-loaded")).isEmpty());
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", map);
            map.click(); // its middle: the map opens on the town's centre, in the demo's Centre-ville
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("placeLabel"))
                    .getAttribute("value").equals("2 Place du Marché " + word));
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "centre-ville".equals(
                    new Select(d.findElement(By.id("districtCode"))).getFirstSelectedOption().getAttribute("value")));
            assertFalse(driver.findElement(By.id("latitude")).getAttribute("value").isEmpty(), "the pin's point");
            browser.screenshot("places/edit-pin-fr-1280");
            browser.assertAccessible();
            driver.findElement(By.id("publish")).click();
            Browser.waitForMain(driver, "2 Place du Marché " + word);
            assertEquals(1, driver.findElements(By.cssSelector("#place .leaflet-marker-icon")).size(), "the pin on its page");
            assertTrue(driver.findElement(By.linkText("Ouvrir dans OpenStreetMap")).getAttribute("href")
                    .contains("mlat=47."), "a way to the place without the map");

            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "proposals?view=map&q=" + word + "&lang=" + lang);
                    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                            !d.findElements(By.cssSelector("#proposalMap .leaflet-marker-icon")).isEmpty());
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("places/map-" + lang + "-" + size[0]);
                    assertTrue(driver.findElement(By.tagName("main")).getText().contains(title), "listed beneath the map");
                }
            }
            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "proposal/edit.xhtml?lang=" + lang);
                    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                            !d.findElements(By.cssSelector("[data-map=pin] .leaflet-tile-loaded")).isEmpty());
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    WebElement field = driver.findElement(By.cssSelector(".place-field"));
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", field);
                    browser.screenshot(field, "places/edit-" + lang + "-" + size[0]);
                }
            }
            // The lone pin opens a popup with the proposal's link; from afar, pins are grouped and a group zooms in
            browser.resize(1280, 1100);
            driver.get(base + "proposals?view=map&lang=fr");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                    !d.findElements(By.cssSelector("#proposalMap .map-group")).isEmpty());
            browser.screenshot("places/map-all-fr-1280");
            driver.get(base + "proposals?view=map&q=" + word + "&lang=fr");
            WebElement pin = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.cssSelector("#proposalMap .leaflet-marker-icon[title='" + title + "']")));
            pin.click();
            WebElement link = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.cssSelector("#proposalMap .leaflet-popup-content a")));
            link.click();
            Browser.waitForMain(driver, "2 Place du Marché " + word);
            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(driver.getCurrentUrl().replaceAll("[?&]lang=\\w+", "") + "?lang=" + lang);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("places/proposal-" + lang + "-" + size[0]);
                }
            }
        } finally {
            addressBase.stop();
        }
    }

    @Test
    void anAdministratorUploadsTheBoundariesFromAFile() throws Exception {
        TestAccounts.signInAsAdmin(new PortalClient(base.toURI()));
        String boundaries = new PortalClient(base.toURI()).get("api/districts/boundaries").body();
        Path file = Files.createTempFile("quartiers", ".geojson");
        Files.writeString(file, boundaries);
        Path wrong = Files.createTempFile("pas-des-quartiers", ".geojson");
        Files.writeString(wrong, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", TestAccounts.ADMIN_EMAIL);
            driver.get(base + "admin/taxonomy.xhtml?lang=fr");
            driver.findElement(By.id("boundariesFile")).sendKeys(wrong.toString());
            driver.findElement(By.id("uploadBoundaries")).click();
            Browser.waitForMain(driver, "Le fichier doit contenir entre 1 et 500 objets.");
            driver.findElement(By.id("boundariesFile")).sendKeys(file.toString());
            driver.findElement(By.id("uploadBoundaries")).click();
            Browser.waitForMain(driver, "6 quartiers ont leur contour.");
            driver.findElement(By.cssSelector("#boundaries ~ details summary, .confirm-details summary")).click();
            assertTrue(driver.findElement(By.id("clearBoundaries")).isDisplayed(), "removal asks first");
            for (String lang : List.of("fr", "en")) {
                for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                    browser.resize(size[0], size[1]);
                    driver.get(base + "admin/taxonomy.xhtml?lang=" + lang);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    WebElement section = driver.findElement(By.cssSelector("section.boundaries"));
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", section);
                    browser.screenshot(section, "places/boundaries-" + lang + "-" + size[0]);
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(wrong);
        }
        assertEquals(boundaries, new PortalClient(base.toURI()).get("api/districts/boundaries").body());
    }
}
