package org.civitas.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core on every page a test visits. Where Chromium is not
 * installed the browser tests are skipped with a line saying so, unless {@code -Dbrowser.required=true} (CI).
 * Chromium instances are kept for the whole test run and lent to one test at a time: {@link #close} wipes what the
 * test left (cookies, storage, window size) instead of quitting, since starting Chromium costs seconds a test class.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Chromium instances not lent right now; all are quit when the test run ends. */
    private static final Deque<Browser> IDLE = new ArrayDeque<>();
    private static final List<Browser> ALL = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll));
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Lends a Chromium (started if none is idle), or skips the calling test when it is absent and not required. */
    public static Browser start() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String why = "Chromium or chromedriver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
            if (Boolean.getBoolean("browser.required")) {
                fail(why + " but -Dbrowser.required=true");
            }
            System.out.println("SKIPPED browser test: " + why + "; install Debian's chromium and chromium-driver");
            Assumptions.abort(why);
        }
        synchronized (IDLE) {
            Browser idle = IDLE.poll();
            if (idle != null) {
                return idle;
            }
        }
        Browser started = launch();
        synchronized (IDLE) {
            ALL.add(started);
        }
        return started;
    }

    private static Browser launch() {
        System.setProperty("SE_OFFLINE", "true");
        try {
            Path profile = Files.createTempDirectory("civitas-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=fr-FR");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Runs axe-core on the current page and fails on any WCAG 2.1 A or AA violation, listing each rule. In axe's
     * legacy mode: the run happens in the page itself, where the default mode opens a blank window for every analysis
     * to finish it there (it exists for cross-origin frames, which the portal's pages do not have), a second injection
     * of the script and a window opened and closed each time.
     */
    public void assertAccessible() {
        // Faces no longer looks for duplicate component ids in production (web.xml): the pages' HTML is checked here
        Object duplicates = ((JavascriptExecutor) driver).executeScript("const seen = new Set(), twice = new Set();"
                + " document.querySelectorAll('[id]').forEach(e => seen.has(e.id) ? twice.add(e.id) : seen.add(e.id));"
                + " return Array.from(twice).join(', ');");
        if (!"".equals(duplicates)) {
            fail("Ids used twice on " + driver.getCurrentUrl() + ": " + duplicates);
        }
        Results results = new AxeBuilder().withTags(WCAG).setLegacyMode(true).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                    .map(v -> "  " + v.getId() + " (" + v.getNodes().size() + " nodes): " + v.getHelp()
                            + v.getNodes().stream().limit(3).map(n -> "\n      " + n.getHtml()).collect(Collectors.joining()))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Registers a new citizen through the form, in the given language, and waits for the welcome; the browser is
     * then signed in. Returns the email used.
     */
    public String register(URL base, String lang, String displayName) {
        String email = PortalClient.uniqueEmail("browser");
        driver.get(base + "register.xhtml?lang=" + lang);
        for (String[] field : new String[][]{{"displayName", displayName}, {"email", email},
                {"password", TestAccounts.PASSWORD}, {"confirmation", TestAccounts.PASSWORD}}) {
            type(driver, field[0], field[1]);
        }
        driver.findElement(By.id("submit")).click();
        waitForMain(driver, "fr".equals(lang) ? "Bienvenue" : "Welcome");
        confirmEmail(base, email);
        return email;
    }

    /**
     * Confirms the address of an account registered through the form, through the test fixtures (confirmation itself is
     * tested through its mail and its page).
     */
    public static void confirmEmail(URL base, String email) {
        int status = new PortalClient(URI.create(base.toString())).sendJson("POST", "api/test-fixtures/confirm-email?email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), null).statusCode();
        if (status != 204) {
            throw new IllegalStateException("Cannot confirm " + email + ": " + status);
        }
    }

    /** Signs in through the form, in the given language, with the test accounts' password, and waits for the welcome. */
    public void signIn(URL base, String lang, String email) {
        driver.get(base + "signin.xhtml?lang=" + lang);
        type(driver, "email", email);
        type(driver, "password", TestAccounts.PASSWORD);
        driver.findElement(By.id("submit")).click();
        waitForMain(driver, "fr".equals(lang) ? "Bienvenue" : "Welcome");
    }

    /** Waits (15 s at most) until the page's main content shows the text; a page replaced meanwhile is read again. */
    public static void waitForMain(WebDriver driver, String text) {
        waitForText(driver, By.tagName("main"), text);
    }

    /** Waits (15 s at most) until the element shows the text; an element replaced meanwhile is found again. */
    public static void waitForText(WebDriver driver, By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> spaced(d.findElement(element).getText()).contains(spaced(text)));
    }

    /**
     * Text with French typography's non-breaking spaces (before {@code : ; ! ?}, in numbers) as plain ones: what a
     * reader sees. WebDriver already turns U+00A0 into a space, not the narrow U+202F; BundlesTest checks the texts.
     */
    public static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Replaces the content of the field with this id. */
    public static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Opens the page in French and English at 1280 and 390 px: axe-clean, no sideways scroll, a screenshot named
     * {@code name-lang-width} to look at; the window is wide again after.
     */
    public void checkPage(URL base, String path, String name) {
        for (String lang : List.of("fr", "en")) {
            for (int[] size : new int[][]{{1280, 1100}, {390, 1400}}) {
                resize(size[0], size[1]);
                driver.get(base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertAccessible();
                assertNoSidewaysScroll(driver);
                screenshot(name + "-" + lang + "-" + size[0]);
            }
        }
        resize(1280, 1100);
    }

    /** Fails when the page is wider than the window (a narrow screen would have to scroll sideways). */
    public static void assertNoSidewaysScroll(WebDriver driver) {
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0) {
            Object culprits = ((JavascriptExecutor) driver).executeScript(
                    "const w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                            + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                            + ".map(e => e.tagName + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right))"
                            + ".slice(0, 8).join('; ')");
            Assertions.fail(driver.getCurrentUrl() + " scrolls sideways by " + overflow
                    + "px; elements past the edge: " + culprits);
        }
    }

    /**
     * Saves a screenshot of the whole page (up to 16,000 px high: the window is made as tall as the page for it, then
     * given back its height) under target/screenshots, for people to look at.
     */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long page = (Long) ((JavascriptExecutor) driver).executeScript("return Math.ceil("
                + "document.documentElement.scrollHeight + window.outerHeight - window.innerHeight)");
        boolean taller = page > window.getHeight();
        if (taller) {
            resize(window.getWidth(), (int) Math.min(page, 16_000));
        }
        try {
            return save(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE), name);
        } finally {
            if (taller) {
                resize(window.getWidth(), window.getHeight());
            }
        }
    }

    /** Saves a screenshot of one element under target/screenshots (docs/components.md shows those of the components). */
    public Path screenshot(WebElement element, String name) {
        return save(element.getScreenshotAs(OutputType.FILE), name);
    }

    /** Puts a screenshot under target/screenshots as {@code name}.png (a name may hold a folder). */
    private static Path save(File shot, String name) {
        try {
            Path target = Path.of(System.getProperty("screenshots.dir", "target/screenshots")).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the Chromium back for the next test, as if new: no cookie, no stored data, the default window. One that
     * cannot be wiped is quit instead.
     */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            URL portal = Portal.base();
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    portal.getProtocol() + "://" + portal.getAuthority(), "storageTypes", "all"));
            resize(1280, 1000);
        } catch (RuntimeException e) {
            quit(this);
            return;
        }
        synchronized (IDLE) {
            IDLE.push(this);
        }
    }

    private static void quitAll() {
        List<Browser> all;
        synchronized (IDLE) {
            all = List.copyOf(ALL);
        }
        all.forEach(Browser::quit);
    }

    private static void quit(Browser browser) {
        synchronized (IDLE) {
            ALL.remove(browser);
        }
        try {
            browser.driver.quit();
        } catch (RuntimeException e) {
            // Already gone.
        }
        try (var files = Files.walk(browser.profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
