package org.civitas.platform;

import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public page has one clean address (#18): it answers the page, names itself as canonical, is what links and
 * redirects name, and its forms still post; the {@code .xhtml} address keeps answering and names the clean one.
 * The sitemap lists what a visitor may see and nothing else; robots.txt keeps crawlers out of the rest.
 */
@ExtendWith(Portal.class)
class CleanAddressesIT {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private final URL base = Portal.base();

    /** The portal's public address as the test server builds it (no CIVITAS_PUBLIC_URL: the address asked). */
    private String root() {
        return "http://localhost:" + base.getPort() + base.getPath().replaceFirst("/$", "");
    }

    private PortalClient visitor() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static String canonical(String body) {
        Matcher m = CANONICAL.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static String title(String body) {
        Matcher m = TITLE.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void everyPublicPageAnswersAtItsCleanAddressAndNamesItAsCanonical() throws Exception {
        PortalClient visitor = visitor();
        for (PublicPage page : PublicPage.values()) {
            String clean = page.address().substring(1);
            HttpResponse<String> answer = visitor.get(clean);
            HttpResponse<String> old = visitor.get(page.view().substring(1));
            // The pages between a provider and the portal answer a visitor who comes with nothing as their views do
            boolean flow = page == PublicPage.LINK_ACCOUNT || page == PublicPage.SIGNED_OUT;
            assertEquals(flow ? old.statusCode() : 200, answer.statusCode(), page.address() + ": " + answer.body());
            assertEquals(200, old.statusCode(), page.view());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.address());
            assertEquals(root() + page.address(), canonical(answer.body()), page.address());
            assertEquals(title(old.body()), title(answer.body()), page.address() + " is the page " + page.view());
            assertEquals(root() + page.address(), canonical(old.body()), page.view() + " names the clean address");
        }
        assertEquals(404, visitor.get("opendata/more").statusCode());
        assertEquals(404, visitor.get("no-such-page").statusCode());
    }

    @Test
    void theQueryStringGoesAlongAndTheLanguageSwitchComesBackToTheCleanAddress() throws Exception {
        PortalClient visitor = visitor();
        String unknownToken = visitor.get("reset?token=unknown").body();
        assertEquals(title(visitor.get("reset.xhtml?token=unknown").body()), title(unknownToken));
        assertEquals(root() + "/reset", canonical(unknownToken), "the token is not part of the page's address");

        HttpResponse<String> switched = visitor.get("opendata?lang=en");
        assertEquals(303, switched.statusCode());
        assertEquals(base.getPath() + "opendata", switched.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> english = visitor.get("opendata");
        assertTrue(english.body().contains("lang=\"en\""), "the page in the language chosen");
        assertEquals(root() + "/opendata", canonical(english.body()));
        visitor.get("opendata?lang=fr");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        PortalClient visitor = visitor();
        HttpResponse<String> head = visitor.send(HttpRequest.newBuilder(visitor.resolve("legal"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("", head.body());
    }

    @Test
    void linksAndRedirectsNameTheCleanAddresses() throws Exception {
        PortalClient visitor = visitor();
        String home = visitor.get("").body();
        String path = base.getPath();
        for (String link : List.of("opendata", "legal", "accessibility", "signin", "register", "proposals")) {
            assertTrue(home.contains("href=\"" + path + link + "\""), "the home page links to /" + link);
        }
        assertTrue(home.contains("href=\"" + path + "\""), "the brand links home at /");
        for (String old : List.of("opendata", "legal", "accessibility", "signin", "register", "index", "proposal/list")) {
            assertFalse(home.contains("href=\"" + path + old + ".xhtml"), "no link to " + old + ".xhtml");
        }
        assertTrue(visitor.get("signin").body().contains("href=\"" + path + "forgot\""));

        HttpResponse<String> guarded = visitor.get("account/index.xhtml");
        assertEquals(302, guarded.statusCode());
        assertEquals(root() + "/signin", URI.create(root() + "/").resolve(guarded.headers().firstValue("Location")
                .orElseThrow()).toString(), "a page for signed-in people sends the visitor to /signin");
        String openData = visitor.get("api/opendata/v1/catalog.jsonld").body();
        assertTrue(openData.contains(root() + "/opendata\""), "the catalogue's home page: " + openData);
        assertFalse(openData.contains("opendata.xhtml"));
    }

    @Test
    void aFormOnACleanAddressPostsToItsViewAndSignsIn() throws Exception {
        String email = citizen("Adresse Propre");
        PortalClient person = visitor();
        HttpResponse<String> page = person.get("signin");
        Matcher form = Pattern.compile("<form id=\"signInForm\"[^>]* action=\"([^\"]+)\"").matcher(page.body());
        assertTrue(form.find(), page.body());
        String action = form.group(1);
        assertEquals(base.getPath() + "signin.xhtml", action, "Faces posts back to the view the clean address forwards to");

        HttpResponse<String> posted = post(person, page.uri().resolve(action), signInFields(page.body(), email, null));
        assertEquals(302, posted.statusCode(), posted.body());
        assertEquals(base.toURI(), posted.uri().resolve(posted.headers().firstValue("Location").orElseThrow()),
                "home, at /");
        assertEquals(200, person.get("api/me").statusCode(), "signed in");
        assertTrue(person.get("opendata").body().contains("id=\"signOut\""), "a signed-in person's header on /opendata");
    }

    @Test
    void aPostToTheCleanAddressItselfIsThePagesPostWithItsChecks() throws Exception {
        String email = citizen("Adresse Postée");
        PortalClient person = visitor();
        HttpResponse<String> page = person.get("signin");
        HttpResponse<String> forged = post(person, page.uri(), signInFields(page.body(), email, "not-the-nonce"));
        assertEquals(400, forged.statusCode(), "a wrong script nonce: the 400 page, as on signin.xhtml");
        assertEquals(401, person.get("api/me").statusCode());

        page = person.get("signin");
        HttpResponse<String> posted = post(person, page.uri(), signInFields(page.body(), email, null));
        assertEquals(302, posted.statusCode(), posted.body());
        assertEquals(200, person.get("api/me").statusCode(), "signed in by a post to /signin");
    }

    /** A citizen with the test password, not signed in; returns the email. */
    private String citizen(String name) throws Exception {
        String email = PortalClient.uniqueEmail("clean");
        assertEquals(204, visitor().sendJson("POST", "api/test-fixtures/citizen?email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&days=0", null).statusCode());
        return email;
    }

    private static Map<String, String> signInFields(String page, String email, String nonce) {
        return Map.of("email", email, "password", TestAccounts.PASSWORD, "signInForm_SUBMIT", "1", "submit", "submit",
                "jakarta.faces.ViewState", field(page, "jakarta.faces.ViewState"),
                "primefaces.nonce", nonce == null ? field(page, "primefaces.nonce") : nonce);
    }

    private static HttpResponse<String> post(PortalClient client, URI to, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return client.send(HttpRequest.newBuilder(to).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "no " + name);
        return m.group(1);
    }

    @Test
    void theSitemapListsThePublicPagesAndVisibleProposalsOnly() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 6);
        PortalClient author = visitor();
        author.registerNewCitizen("Autrice Plan " + word);
        TestProposals.Published visible = TestProposals.publish(author, "Plan visible " + word, "culture");
        TestProposals.Published hidden = TestProposals.publish(author, "Plan cachée " + word, "culture");
        long draft = TestProposals.number(author.sendJson("POST", "api/proposals",
                TestProposals.json("Plan brouillon " + word, "culture", null)).body(), "id");
        for (String name : List.of("Plan Un", "Plan Deux", "Plan Trois")) {
            PortalClient reporter = visitor();
            reporter.registerCitizen(name + " " + word, 30);
            assertEquals(201, reporter.sendJson("POST", "api/proposals/" + hidden.id() + "/reports",
                    "{\"reason\":\"SPAM\"}").statusCode());
        }

        PortalClient visitor = visitor();
        HttpResponse<String> answer = visitor.get("sitemap.xml");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        List<Element> urls = new ArrayList<>();
        Document doc = parse(answer.body());
        if ("sitemapindex".equals(doc.getDocumentElement().getLocalName())) {
            for (String part : texts(doc, "loc")) {
                urls.addAll(elements(parse(visitor.get(part.substring(root().length() + 1)).body()), "url"));
            }
        } else {
            assertEquals("urlset", doc.getDocumentElement().getLocalName());
            urls.addAll(elements(doc, "url"));
        }
        assertEquals(SITEMAP, doc.getDocumentElement().getNamespaceURI());
        List<String> locs = new ArrayList<>();
        for (Element url : urls) {
            locs.add(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent());
        }
        for (PublicPage page : PublicPage.sitemap()) {
            assertTrue(locs.contains(root() + page.address()), page.address());
        }
        assertFalse(locs.contains(root() + "/signin"), "forms are not worth a crawler's visit");
        String mine = root() + "/" + visible.path();
        int at = locs.indexOf(mine);
        assertTrue(at >= 0, "the published proposal " + mine);
        assertTrue(urls.get(at).getElementsByTagNameNS(SITEMAP, "lastmod").item(0).getTextContent()
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), "with its last change");
        assertFalse(locs.stream().anyMatch(l -> l.startsWith(root() + "/proposals/" + hidden.id() + "/")), "not the hidden one");
        assertFalse(locs.stream().anyMatch(l -> l.startsWith(root() + "/proposals/" + draft + "/")), "not the draft");
        assertFalse(locs.stream().anyMatch(l -> l.contains(".xhtml") || l.contains("/admin") || l.contains("/account")
                || l.contains("/moderation") || l.contains("/api/")), "only public pages");
        assertEquals(locs.size(), locs.stream().distinct().count(), "each address once");
        assertEquals(404, visitor.get("sitemap.xml?part=100000").statusCode());
    }

    @Test
    void robotsTxtKeepsCrawlersOnThePublicPagesAndNamesTheSitemap() throws Exception {
        HttpResponse<String> robots = visitor().get("robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = List.of(robots.body().split("\n"));
        String prefix = base.getPath().replaceFirst("/$", "");
        assertEquals("User-agent: *", lines.get(0));
        for (String rule : List.of("Allow: /api/opendata/", "Disallow: /api/", "Disallow: /admin/", "Disallow: /account/",
                "Disallow: /moderation/", "Disallow: /review/", "Disallow: /dashboard/")) {
            assertTrue(lines.contains(rule.replace(": /", ": " + prefix + "/")), rule + " in " + robots.body());
        }
        assertTrue(lines.contains("Sitemap: " + root() + "/sitemap.xml"), robots.body());
        assertFalse(robots.body().contains("Disallow: " + prefix + "/\n"), "the public pages stay open");
    }

    @Test
    void cleanAddressedPagesWorkInABrowserAndASignInThroughSigninComesHome() throws Exception {
        String email = citizen("Navigatrice Propre");
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            for (String lang : List.of("fr", "en")) {
                driver.get(base + "opendata?lang=" + lang);
                assertEquals(base + "opendata", driver.getCurrentUrl(), "the switch comes back to the clean address");
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
                browser.assertAccessible();
                browser.screenshot("clean-opendata-" + lang + "-1280");
            }
            driver.get(base + "legal?lang=fr");
            driver.findElement(By.linkText("Se connecter")).click();
            assertEquals(base + "signin", driver.getCurrentUrl(), "the menu links to /signin");
            browser.assertAccessible();
            browser.screenshot("clean-signin-fr-1280");
            Browser.type(driver, "email", email);
            Browser.type(driver, "password", TestAccounts.PASSWORD);
            driver.findElement(By.id("submit")).click();
            Browser.waitForMain(driver, "Bienvenue");
            assertEquals(base.toString(), driver.getCurrentUrl(), "signed in, home at /");
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(SITEMAP, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<String> texts(Document doc, String name) {
        return elements(doc, name).stream().map(Element::getTextContent).toList();
    }
}
