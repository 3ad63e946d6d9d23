package org.civitas.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: real HTTP with cookies, no automatic redirects (tests look at them),
 * and the few steps of a Faces form (read the view state, post the fields) that signing in and registering take.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    public PortalClient(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Drops a cookie, as a browser does when it expires; true if there was one. */
    public boolean forgetCookie(String name) {
        boolean removed = false;
        for (var cookie : List.copyOf(cookies.getCookieStore().getCookies())) {
            if (cookie.getName().equals(name)) {
                removed |= cookies.getCookieStore().remove(null, cookie);
                for (URI uri : List.copyOf(cookies.getCookieStore().getURIs())) {
                    removed |= cookies.getCookieStore().remove(uri, cookie);
                }
            }
        }
        return removed;
    }

    /** The names of the cookies this client holds. */
    public Set<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName)
                .collect(Collectors.toSet());
    }

    public URI base() {
        return base;
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** This server's origin, as a page of the portal would send it in the Origin header. */
    public String origin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** A REST call with a JSON body (or none), sent from the portal's own origin as its pages would. */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Origin", origin())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    /**
     * The page at {@code path} once it shows {@code text}, asked again every 250 ms for 20 s at most: what the portal
     * writes after a change commits (notifications through the outbox) appears within a second or two. The last
     * body read when it never does.
     */
    public String awaitPage(String path, String text) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String body = get(path).body();
        while (!body.contains(text) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return body;
            }
            body = get(path).body();
        }
        return body;
    }

    /**
     * The page at {@code path} once it shows {@code text} {@code times} times (a notification that must come once, and
     * only once), asked again every 250 ms for 20 s at most. The last body read when it never does.
     */
    public String awaitPage(String path, String text, int times) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String body = get(path).body();
        while (occurrences(body, text) < times && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return body;
            }
            body = get(path).body();
        }
        return body;
    }

    /** How many times {@code part} occurs in {@code text}. */
    public static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    /** A request whose answer is bytes (a download). */
    public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            HttpRequest timed = HttpRequest.newBuilder(request, (n, v) -> true).timeout(Duration.ofSeconds(60)).build();
            return http.send(timed, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest timed = HttpRequest.newBuilder(request, (n, v) -> true).timeout(Duration.ofSeconds(60)).build();
            return http.send(timed, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows redirects by hand, as a browser would, and returns the last response. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = send(HttpRequest.newBuilder(current.uri().resolve(location)).GET().build());
        }
        return current;
    }

    /** Loads a page with a Faces form and submits it with the given fields (ids equal names: prependId=false). */
    public HttpResponse<String> submitForm(String path, String formId, String buttonId, Map<String, String> fields) {
        return submitFormPairs(path, formId, buttonId, List.copyOf(fields.entrySet()));
    }

    /** As {@link #submitForm}, with repeated names allowed (several checkboxes of one name). */
    public HttpResponse<String> submitFormPairs(String path, String formId, String buttonId,
                                                List<Map.Entry<String, String>> fields) {
        HttpResponse<String> page = get(path);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No view state on " + path + " (status " + page.statusCode() + ")");
        }
        List<Map.Entry<String, String>> form = new ArrayList<>(fields);
        form.add(Map.entry(formId + "_SUBMIT", "1"));
        form.add(Map.entry(buttonId, "submit"));
        form.add(Map.entry("jakarta.faces.ViewState", m.group(1)));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.add(Map.entry("primefaces.nonce", nonce.group(1)));
        }
        String body = form.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts a Faces form with a file, as a browser does ({@code multipart/form-data}): the page's view state and
     * nonce, the fields, and the file's bytes under {@code fileField}.
     */
    public HttpResponse<String> submitFile(String path, String formId, String buttonId, Map<String, String> fields,
                                           String fileField, String fileName, byte[] file) {
        HttpResponse<String> page = get(path);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No view state on " + path + " (status " + page.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId + "_SUBMIT", "1");
        form.put(buttonId, "submit");
        form.put("jakarta.faces.ViewState", m.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----civitas" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : form.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public HttpResponse<String> signIn(String email, String password) {
        return submitForm("signin.xhtml", "signInForm", "submit", Map.of("email", email, "password", password));
    }

    public HttpResponse<String> register(String displayName, String email, String password) {
        return submitForm("register.xhtml", "registerForm", "submit", Map.of(
                "displayName", displayName, "email", email, "password", password, "confirmation", password));
    }

    /**
     * A fresh citizen, signed in through the form. The account comes from the test fixtures, with a cheaply hashed
     * password (registering through the form hashes it with 600,000 iterations, twice with the sign-in that follows:
     * most of a test run's CPU when every test did it); registration itself is tested through its form.
     */
    public String registerNewCitizen(String displayName) {
        return registerCitizen(displayName, 0);
    }

    /**
     * A citizen registered {@code daysAgo} days ago, signed in: an account old enough for its reports to count toward
     * hiding an item ({@code CIVITAS_MODERATION_NEW_ACCOUNT_DAYS}, 7 by default).
     */
    public String registerCitizen(String displayName, int daysAgo) {
        String email = uniqueEmail("citizen");
        HttpResponse<String> created = sendJson("POST", "api/test-fixtures/citizen?email=" + enc(email) + "&name="
                + enc(displayName) + "&days=" + daysAgo, null);
        if (created.statusCode() != 204) {
            throw new IllegalStateException("No test citizen: " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> signedIn = signIn(email, TestAccounts.PASSWORD);
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException("Sign-in failed with " + signedIn.statusCode() + ": " + signedIn.body());
        }
        return email;
    }

    /**
     * The address of an administration page as the administration home links to it, relative to the portal's base;
     * fails when that page does not offer it.
     */
    public String menuLink(String page) {
        Matcher link = Pattern.compile("href=\"([^\"]*" + Pattern.quote(page) + "[^\"]*)\"")
                .matcher(get("admin/index.xhtml").body());
        if (!link.find()) {
            throw new AssertionError("the administration home does not link to " + page);
        }
        return link.group(1).replace("&amp;", "&").substring(base.getPath().length());
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@civitas.test";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
