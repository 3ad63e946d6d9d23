package org.civitas.dashboard;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officials' results: figures of the period, by theme and district with groups under 10 people suppressed
 * (on the page and in the CSV and XLSX exports), and the chart with its table.
 */
@ExtendWith(Portal.class)
class DashboardIT {

    private final URL base = Portal.base();

    @Test
    void figuresByGroupAreShownOnlyForTenPeopleOrMoreAndExportAsCsvAndXlsx() throws Exception {
        PortalClient fixtures = new PortalClient(base.toURI());
        String prefix = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        String crowdedTheme = prefix + "-crowded";
        String quietTheme = prefix + "-quiet";
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/theme?code=" + crowdedTheme + "&name=Thème%20animé", null).statusCode());
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/theme?code=" + quietTheme + "&name=Thème%20calme", null).statusCode());
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Tableau");
        long crowded = TestProposals.publish(author, "Une école ouverte le samedi", crowdedTheme).id();
        long quiet = TestProposals.publish(author, "Un éclairage rue des Lilas", quietTheme).id();
        assertEquals(200, fixtures.sendJson("POST", "api/test-fixtures/citizens?count=11&prefix=" + prefix, null).statusCode());
        for (int i = 0; i < 11; i++) {
            PortalClient voter = new PortalClient(base.toURI());
            assertEquals(302, voter.signIn(prefix + "-" + i + "@civitas.test", TestAccounts.PASSWORD).statusCode());
            assertEquals(200, voter.sendJson("PUT", "api/proposals/" + crowded + "/vote", "{\"choice\":\"FOR\"}").statusCode());
            if (i < 2) {
                assertEquals(200, voter.sendJson("PUT", "api/proposals/" + quiet + "/vote", "{\"choice\":\"AGAINST\"}").statusCode());
            }
        }

        PortalClient official = new PortalClient(base.toURI());
        String officialEmail = official.registerNewCitizen("Élue Résultats");
        assertEquals(204, fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + officialEmail, null).statusCode());
        official = new PortalClient(base.toURI());
        assertEquals(302, official.signIn(officialEmail, TestAccounts.PASSWORD).statusCode());

        String page = official.get("dashboard/index.xhtml").body().replaceAll("\\s+", " ");
        assertTrue(page.contains("Non affiché\u00a0: moins de 10 participants"), "a small group is suppressed");
        assertTrue(page.contains("Thème animé"), page);
        // Keeping in touch (#21): the town's follows and mail choices, the last digests; the page's end is reached
        assertTrue(page.contains("personnes suivent quelque chose") && page.contains("suivis de budgets participatifs")
                && page.contains("personnes ont arrêté certains courriels"), page);
        assertTrue(page.contains("</footer>"), "the whole page, not cut by a failure: " + page);

        HttpResponse<String> csv = official.get("dashboard/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        String body = csv.body();
        assertTrue(body.startsWith("measure,key,label,proposals,votes,comments,participants,shares,arrivals,value,note,"
                + "likes,reposts,replies\r\n"), body);
        Map<String, String> lines = new HashMap<>();
        for (String line : body.split("\r\n")) {
            String[] cells = line.split(",", -1);
            lines.put(cells[0] + ":" + cells[1], line);
        }
        assertEquals("theme," + crowdedTheme + ",Thème animé,1,11,0,12,,,,,,,", lines.get("theme:" + crowdedTheme),
                "one proposal, 11 votes, no comment, 12 participants (the author and 11 voters)");
        String small = lines.get("theme:" + quietTheme);
        assertTrue(small.matches("theme," + quietTheme + ",Thème calme,,,,,,,,\"Les groupes de moins de 10 participants[^\"]*\",,,"),
                "no number for a group of 3: " + small);

        HttpResponse<byte[]> xlsx = official.sendForBytes(HttpRequest.newBuilder(official.resolve("dashboard/export?format=xlsx")).build());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("measure", sheet.getRow(0).getCell(0).getStringCellValue());
            Row crowdedLine = null;
            for (Row row : sheet) {
                if (row.getCell(1) != null && crowdedTheme.equals(row.getCell(1).getStringCellValue())) {
                    crowdedLine = row;
                }
            }
            assertTrue(crowdedLine != null, "the crowded theme has its line");
            assertEquals("Thème animé", crowdedLine.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, crowdedLine.getCell(6).getCellType(), "participants as a number");
            assertEquals(12.0, crowdedLine.getCell(6).getNumericCellValue());
        }
        assertEquals(400, official.get("dashboard/export?format=pdf").statusCode());
        assertEquals(200, official.get("dashboard/index.xhtml?from=nonsense&to=2099-01-01").statusCode(),
                "a wrong period falls back to the last 30 days");

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(base, "fr", officialEmail);
            driver.findElement(By.linkText("Résultats")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".chart-box canvas")));
            browser.assertAccessible();
            browser.screenshot("dashboard-fr");
            browser.screenshot(driver.findElement(By.id("in-touch")), "dashboard-in-touch-fr");
            String places = driver.findElement(By.id("places")).getText();
            assertTrue(places.matches("(?s).*\\d+\\s+propositions publiques sur la carte \\(\\d+\\s%\\).*"), places);
            assertTrue(places.contains("quartiers avec un contour"), places);
            browser.screenshot(driver.findElement(By.id("places")), "dashboard-places-fr");
            assertFalse(driver.findElements(By.cssSelector(".chart-table table tbody tr")).isEmpty(), "the chart as a table");
            browser.resize(390, 1400);
            driver.get(base + "dashboard/index.xhtml?lang=en");
            Browser.waitForText(driver, By.tagName("h1"), "Results");
            browser.assertAccessible();
            Browser.assertNoSidewaysScroll(driver);
            browser.screenshot("dashboard-en-390");
            browser.screenshot(driver.findElement(By.id("in-touch")), "dashboard-in-touch-en-390");
        }
    }
}
