package org.civitas.town;

import org.civitas.platform.Texts;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A town set up from the administration pages, without SQL, restart or environment variable: its identity (name,
 * colour, introduction, public address, logo), its legal notice and accessibility statement in French and English,
 * and the first-run checklist. Tests that change the identity put the shared server's back as it was.
 */
@ExtendWith(Portal.class)
class TownIT {

    private final URL base = Portal.base();

    private static String flat(HttpResponse<String> response) {
        return response.body().replaceAll("\\s+", " ");
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private PortalClient admin() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        return admin;
    }

    /** Puts back the name and colour the server had, and its public address and introductions by default. */
    private static void restore(PortalClient admin, String name, String colour) {
        HttpResponse<String> back = admin.sendJson("PUT", "api/town", "{\"name\":" + json(name) + ",\"colour\":" + json(colour)
                + ",\"publicUrl\":\"\",\"introFr\":\"\",\"introEn\":\"\"}");
        assertEquals(200, back.statusCode(), back.body());
    }

    @Test
    void anAdministratorSetsTheTownsIdentityAndEveryPublicPageShowsIt() throws Exception {
        PortalClient admin = admin();
        String before = admin.get("api/town").body();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        try {
            HttpResponse<String> saved = admin.follow(admin.submitForm("admin/town.xhtml", "townForm", "saveTown", Map.of(
                    "name", "Villeneuve-" + unique, "colour", "#1F5F8B", "publicUrl", "https://participer.villeneuve.example/",
                    "introFr", "Bienvenue à Villeneuve " + unique + ".\n\nDeuxième paragraphe.",
                    "introEn", "Welcome to Villeneuve " + unique + ".")));
            assertTrue(flat(saved).contains("L’identité de la commune est enregistrée."), saved.body());

            PortalClient visitor = new PortalClient(base.toURI());
            String home = flat(visitor.follow(visitor.get("index.xhtml?lang=fr")));
            assertTrue(home.contains("Civitas Villeneuve-" + unique), "the header names the town: " + home);
            assertTrue(home.contains("<p>Bienvenue à Villeneuve " + unique + ".</p> <p>Deuxième paragraphe.</p>"),
                    "the French introduction, as paragraphs: " + home);
            assertTrue(home.contains("/api/town/style.css?v=1f5f8b"), "the colour's style sheet is linked");
            String english = flat(visitor.follow(visitor.get("index.xhtml?lang=en")));
            assertTrue(english.contains("Welcome to Villeneuve " + unique + ".") && !english.contains("Bienvenue à Villeneuve"),
                    english);

            HttpResponse<String> css = visitor.get("api/town/style.css?v=1f5f8b");
            assertEquals(200, css.statusCode());
            assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
            assertTrue(css.body().contains("--blue: #1f5f8b;"), css.body());

            String town = visitor.get("api/town").body();
            assertEquals("Villeneuve-" + unique, field(town, "name"), town);
            assertEquals("#1f5f8b", field(town, "colour"));
            assertEquals("https://participer.villeneuve.example", field(town, "publicUrl"), "kept without its final slash");
            assertEquals("Welcome to Villeneuve " + unique + ".", field(town, "introEn"));
            // PublicAddress builds the portal's absolute links from it, ahead of CIVITAS_PUBLIC_URL
            String feed = visitor.get("feeds/proposals.atom").body();
            assertTrue(feed.contains("https://participer.villeneuve.example/"), feed);

            assertTrue(admin.get("admin/audit.xhtml?action=TOWN_IDENTITY_CHANGED").body().contains("Villeneuve-" + unique));
        } finally {
            restore(admin, field(before, "name"), field(before, "colour"));
        }
        assertEquals(field(before, "name"), field(admin.get("api/town").body(), "name"));
        assertTrue(!new PortalClient(base.toURI()).get("feeds/proposals.atom").body().contains("villeneuve.example"),
                "an empty address takes the server's back");
    }

    @Test
    void theTownsColourAndLogoReachEveryPageDespiteTheContentSecurityPolicy() throws Exception {
        PortalClient admin = admin();
        String before = admin.get("api/town").body();
        try {
            assertEquals(200, admin.sendJson("PUT", "api/town", "{\"name\":\"Saint-Colombe-des-Prés\",\"colour\":\"#1f5f8b\","
                    + "\"publicUrl\":\"\",\"introFr\":\"\",\"introEn\":\"\"}").statusCode());
            assertEquals(204, putLogo(admin, png()).statusCode());
            try (Browser browser = Browser.start()) {
                WebDriver driver = browser.driver();
                for (String lang : new String[]{"fr", "en"}) {
                    for (String page : new String[]{"index", "legal"}) {
                        for (int[] size : new int[][]{{1280, 1000}, {390, 1400}}) {
                            browser.resize(size[0], size[1]);
                            driver.get(base + page + ".xhtml?lang=" + lang);
                            JavascriptExecutor js = (JavascriptExecutor) driver;
                            assertEquals("rgb(31, 95, 139)", js.executeScript(
                                    "return getComputedStyle(document.querySelector('.site-footer')).borderTopColor"),
                                    "the town's colour, from the portal's style sheet");
                            assertEquals(Boolean.TRUE, js.executeScript(
                                    "var i = document.querySelector('img.brand-logo'); return i != null && i.complete && i.naturalWidth > 0"),
                                    "the logo loads in the header");
                            assertTrue(driver.findElement(By.cssSelector(".brand-name")).getText().contains("Saint-Colombe-des-Prés"));
                            browser.assertAccessible();
                            Browser.assertNoSidewaysScroll(driver);
                            browser.screenshot("town-" + page + "-" + lang + "-" + size[0]);
                        }
                    }
                }
            }
        } finally {
            admin.follow(admin.submitFile("admin/town.xhtml", "logoForm", "removeLogo", Map.of(), "logo", "", new byte[0]));
            restore(admin, field(before, "name"), field(before, "colour"));
        }
    }

    @Test
    void aColourThatWhiteTextCannotBeReadOnIsRefusedWithItsMeasuredContrast() throws Exception {
        PortalClient admin = admin();
        String before = admin.get("api/town").body();
        HttpResponse<String> refused = admin.submitForm("admin/town.xhtml", "townForm", "saveTown", Map.of(
                "name", "Ville Jaune", "colour", "#ffcc00", "publicUrl", "", "introFr", "", "introEn", ""));
        String page = flat(refused);
        assertEquals(200, refused.statusCode());
        assertTrue(Pattern.compile("Couleur #ffcc00 refusée\u00a0: son contraste .* n’est que de 1,\\d\\d:1, il faut au moins 4,5:1")
                .matcher(page).find(), page);
        assertTrue(page.contains("aria-invalid=\"true\""), "next to the colour field");
        assertEquals(before, admin.get("api/town").body(), "nothing changed");

        HttpResponse<String> api = admin.sendJson("PUT", "api/town",
                "{\"name\":\"Ville Jaune\",\"colour\":\"#FFFF00\",\"publicUrl\":\"\",\"introFr\":\"\",\"introEn\":\"\"}");
        assertEquals(422, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"field\":\"colour\"") && api.body().contains("4,5:1"), api.body());
        for (String bad : new String[]{"\"colour\":\"blue\"", "\"colour\":\"#000091\",\"publicUrl\":\"https://ville.example/?x=1\"",
                "\"colour\":\"#000091\",\"publicUrl\":\"javascript:alert(1)\"", "\"colour\":\"#000091\",\"publicUrl\":\"ville.example\"",
                "\"colour\":\"#000091\",\"publicUrl\":\"https://ville.example/#top\""}) {
            HttpResponse<String> response = admin.sendJson("PUT", "api/town", "{\"name\":\"Ville\"," + bad + "}");
            assertEquals(422, response.statusCode(), bad + ": " + response.body());
        }
        assertEquals(400, admin.sendJson("PUT", "api/town", "{\"name\":").statusCode(), "unreadable JSON");
        assertEquals(before, admin.get("api/town").body(), "nothing changed");
    }

    @Test
    void aLogoIsCheckedLikeAPhotoAndReEncoded() throws Exception {
        PortalClient admin = admin();
        HttpResponse<String> notAnImage = admin.submitFile("admin/town.xhtml", "logoForm", "uploadLogo", Map.of(),
                "logo", "logo.png", "<svg onload=alert(1)>".getBytes());
        assertTrue(flat(notAnImage).contains("Ce fichier n’est pas une image JPEG, PNG ou WebP."), notAnImage.body());

        HttpResponse<String> api = putLogo(admin, "%PDF-1.4 not an image".getBytes());
        assertEquals(422, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"field\":\"logo\""), api.body());
        HttpResponse<String> tooLarge = putLogo(admin, new byte[1024 * 1024 + 10]);
        assertEquals(422, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("1024"), tooLarge.body());

        byte[] png = png();
        HttpResponse<String> saved = admin.follow(admin.submitFile("admin/town.xhtml", "logoForm", "uploadLogo", Map.of(),
                "logo", "logo.png", png));
        assertTrue(flat(saved).contains("Le logo est enregistré."), saved.body());
        HttpResponse<byte[]> logo = admin.sendForBytes(HttpRequest.newBuilder(admin.resolve("api/town/logo")).GET().build());
        assertEquals(200, logo.statusCode());
        assertEquals("image/jpeg", logo.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xD8}, new byte[]{logo.body()[0], logo.body()[1]}, "re-encoded as JPEG");
        assertTrue(new PortalClient(base.toURI()).get("index.xhtml").body().contains("/api/town/logo?v="), "the header shows it");
        assertTrue(admin.get("api/town").body().contains("\"logo\":\"/api/town/logo\""));

        HttpResponse<String> removed = admin.follow(admin.submitFile("admin/town.xhtml", "logoForm", "removeLogo", Map.of(), "logo", "", new byte[0]));
        assertTrue(flat(removed).contains("Le logo est retiré."), removed.body());
        assertEquals(404, admin.get("api/town/logo").statusCode());
    }

    private static HttpResponse<String> putLogo(PortalClient client, byte[] bytes) {
        return client.send(HttpRequest.newBuilder(client.resolve("api/town/logo")).header("Origin", client.origin())
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f5f8b));
        g.fillRect(0, 0, 240, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void onlyAdministratorsChangeTheTown() throws Exception {
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Citoyenne Curieuse");
        String identity = "{\"name\":\"Prise\",\"colour\":\"#000091\",\"publicUrl\":\"\",\"introFr\":\"\",\"introEn\":\"\"}";
        assertEquals(403, citizen.sendJson("PUT", "api/town", identity).statusCode());
        assertEquals(403, citizen.sendJson("PUT", "api/town/legal", "{}").statusCode(), "403 before validation");
        assertEquals(403, citizen.sendJson("PUT", "api/town/accessibility", "{}").statusCode());
        assertEquals(403, putLogo(citizen, png()).statusCode());
        assertEquals(403, citizen.get("admin/town.xhtml").statusCode());
        assertEquals(403, citizen.get("admin/index.xhtml").statusCode());
        PortalClient visitor = new PortalClient(base.toURI());
        assertEquals(401, visitor.sendJson("PUT", "api/town", identity).statusCode());
        for (String read : new String[]{"api/town", "api/town/legal", "api/town/accessibility", "legal.xhtml", "accessibility.xhtml"}) {
            assertEquals(200, visitor.get(read).statusCode(), read);
        }
        assertTrue(!visitor.get("api/town").body().contains("Prise"));
    }

    @Test
    void theLegalNoticeAndAccessibilityStatementAreEditedInBothLanguages() throws Exception {
        PortalClient admin = admin();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> legal = new LinkedHashMap<>();
        for (String lang : new String[]{"Fr", "En"}) {
            for (String f : LegalNotice.FIELDS) {
                legal.put("legal" + Character.toUpperCase(f.charAt(0)) + f.substring(1) + lang, f + " " + lang + " " + unique);
            }
        }
        legal.put("legalHostFr", "Hébergé par Hébergeur " + unique + ", 1 rue du Port, 44000 Nantes.");
        legal.put("legalHostEn", "Hosted by Host " + unique + ", 1 rue du Port, 44000 Nantes, France.");
        HttpResponse<String> saved = admin.follow(admin.submitForm("admin/legal.xhtml", "legalForm", "saveLegal", legal));
        assertTrue(flat(saved).contains("Les mentions légales sont enregistrées."), saved.body());

        PortalClient visitor = new PortalClient(base.toURI());
        String fr = flat(visitor.follow(visitor.get("legal.xhtml?lang=fr")));
        assertTrue(fr.contains("<h2 id=\"legal-host-title\">Hébergement</h2>") && fr.contains("Hébergé par Hébergeur " + unique), fr);
        String en = flat(visitor.follow(visitor.get("legal.xhtml?lang=en")));
        assertTrue(en.contains("Hosted by Host " + unique) && !en.contains("Hébergé par Hébergeur " + unique), en);
        assertTrue(visitor.get("api/town/legal").body().contains("\"host\":\"Hosted by Host " + unique), "and through the API");

        // Partially compliant needs the audit's rate and date
        Map<String, String> statement = new LinkedHashMap<>();
        statement.put("compliance", "PARTIAL");
        statement.put("rate", "");
        statement.put("auditDate", "");
        for (String lang : new String[]{"Fr", "En"}) {
            for (String f : AccessibilityTexts.FIELDS) {
                statement.put("accessibility" + Character.toUpperCase(f.charAt(0)) + f.substring(1) + lang, f + " " + lang + " " + unique);
            }
        }
        HttpResponse<String> refused = admin.submitForm("admin/legal.xhtml", "accessibilityForm", "saveAccessibility", statement);
        assertTrue(flat(refused).contains("indiquez son taux de conformité et sa date"), refused.body());
        statement.put("rate", "72");
        statement.put("auditDate", "2026-10-01");
        statement.put("accessibilityContactFr", "Écrivez à accessibilite-" + unique + "@mairie.example.");
        statement.put("accessibilityContactEn", "Write to accessibility-" + unique + "@mairie.example.");
        HttpResponse<String> declared = admin.follow(admin.submitForm("admin/legal.xhtml", "accessibilityForm", "saveAccessibility", statement));
        assertTrue(flat(declared).contains("La déclaration d’accessibilité est enregistrée."), declared.body());

        String statementFr = flat(visitor.follow(visitor.get("accessibility.xhtml?lang=fr")));
        assertTrue(statementFr.contains("est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité"), statementFr);
        assertTrue(statementFr.contains("révèle que 72\u202f% des critères du RGAA sont respectés"), statementFr);
        assertTrue(statementFr.contains("Écrivez à accessibilite-" + unique + "@mairie.example."), statementFr);
        assertTrue(statementFr.contains("https://formulaire.defenseurdesdroits.fr/"), "the recourse to the Défenseur des droits");
        assertTrue(statementFr.contains(">Accessibilité\u00a0: partiellement conforme</a>"), "the footer states it");
        String statementEn = flat(visitor.follow(visitor.get("accessibility.xhtml?lang=en")));
        assertTrue(statementEn.contains("is partially compliant with the French accessibility standard (RGAA)")
                && statementEn.contains("Write to accessibility-" + unique) && statementEn.contains(">Accessibility: partially compliant</a>"),
                statementEn);
        assertTrue(admin.get("admin/audit.xhtml?action=TOWN_ACCESSIBILITY_CHANGED").body().contains("PARTIAL, 72 %"));
    }

    @Test
    void theChecklistSaysWhatIsLeftAndLinksToThePageThatDoesIt() throws Exception {
        PortalClient admin = admin();
        String town = field(admin.get("api/town").body(), "name");
        String legal = admin.get("api/town/legal").body();
        // The host back to its default text in both languages: the legal notice is not filled in
        StringBuilder body = new StringBuilder("{");
        for (String lang : new String[]{"fr", "en"}) {
            String part = legal.substring(legal.indexOf("\"" + lang + "\":{"));
            body.append(lang.equals("fr") ? "" : ",").append('"').append(lang).append("\":{");
            for (String f : LegalNotice.FIELDS) {
                String value = f.equals("host") ? Texts.get(Locale.forLanguageTag(lang), "legal.default.host", town)
                        : "Texte " + f + " " + lang;
                body.append(f.equals("publisher") ? "" : ",").append('"').append(f).append("\":").append(json(value));
            }
            body.append('}');
            assertTrue(part.contains("\"host\""));
        }
        body.append('}');
        assertEquals(200, admin.sendJson("PUT", "api/town/legal", body.toString()).statusCode());

        String page = flat(admin.get("admin/index.xhtml"));
        assertTrue(Pattern.compile("<li class=\"card checklist-item is-left\" id=\"checklist-legal\">.*?Hébergement\u00a0: encore le texte par défaut.*?"
                + "href=\"[^\"]*/admin/legal.xhtml\">Rédiger les mentions légales</a>").matcher(page).find(), page);
        assertTrue(page.contains("id=\"checklist-themes\"") && page.contains("/admin/taxonomy.xhtml\">Gérer les thèmes</a>"),
                "the checklist links the page that fixes it: " + page);
        assertTrue(Pattern.compile("<li class=\"card checklist-item is-done\" id=\"checklist-themes\">").matcher(page).find(),
                "the demo's themes exist: " + page);
        assertTrue(page.contains("id=\"checklist-mail\"") && page.contains("/admin/mail.xhtml"));
        assertTrue(page.contains("à régler avant l’ouverture"), page);

        String filled = body.toString().replace(json(Texts.get(Locale.FRENCH, "legal.default.host", town)), "\"Hébergeur réel, Nantes\"")
                .replace(json(Texts.get(Locale.ENGLISH, "legal.default.host", town)), "\"Real host, Nantes\"");
        assertEquals(200, admin.sendJson("PUT", "api/town/legal", filled).statusCode());
        page = flat(admin.get("admin/index.xhtml"));
        assertTrue(Pattern.compile("<li class=\"card checklist-item is-done\" id=\"checklist-legal\">").matcher(page).find(), page);
        assertTrue(!page.contains("Hébergement\u00a0: encore le texte par défaut"), page);
    }
}
