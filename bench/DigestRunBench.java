import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks for the daily digest run as an administrator, three times on the same news (the runs and their digests
 * deleted between them, so each prepares the same period: the last day): the request's time (the run is the request:
 * one INSERT ... SELECT), how many digests it prepared, and how many people had unread news of the day to check it
 * against (issue #21: every digest prepared in under 2 minutes at 500,000 accounts).
 *
 *   java -cp postgresql.jar bench/DigestRunBench.java <base url> <admin email> <password> <jdbc url>
 */
public class DigestRunBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");
    private static final Pattern PREPARED = Pattern.compile("\"prepared\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(java.net.URI.create(base + "signin.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        String origin = base.substring(0, base.indexOf('/', "http://".length()));
        String fields = "signInForm_SUBMIT=1&submit=submit&email=" + enc(args[1]) + "&password=" + enc(args[2])
                + "&jakarta.faces.ViewState=" + enc(find(VIEW_STATE, form.body()))
                + nonce(form.body());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(java.net.URI.create(base + "signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in refused: " + signedIn.statusCode());
        }
        try (Connection db = DriverManager.getConnection(args[3])) {
            long withNews = count(db, "SELECT COUNT(DISTINCT n.account_id) FROM notification n JOIN account a "
                    + "ON a.id = n.account_id WHERE n.read_at IS NULL AND n.created_at >= now() - interval '1 day' "
                    + "AND a.deleted_at IS NULL AND a.blocked_at IS NULL");
            System.out.println(count(db, "SELECT COUNT(*) FROM account") + " accounts, " + withNews
                    + " with unread news of the last day");
            for (int run = 1; run <= 3; run++) {
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("DELETE FROM digest_mail");
                    s.executeUpdate("DELETE FROM digest_run");
                }
                long start = System.nanoTime();
                HttpResponse<String> done = http.send(HttpRequest.newBuilder(java.net.URI.create(base + "api/digests/daily"))
                        .header("Origin", origin).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (done.statusCode() != 201) {
                    throw new IllegalStateException("run refused: " + done.statusCode() + " " + done.body());
                }
                System.out.printf("run %d: %d digests prepared in %.1f s (%d in the outbox)%n", run,
                        Long.parseLong(find(PREPARED, done.body())), millis / 1000.0,
                        count(db, "SELECT COUNT(*) FROM digest_mail WHERE state = 'PENDING'"));
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String nonce(String page) {
        Matcher m = NONCE.matcher(page);
        return m.find() ? "&primefaces.nonce=" + enc(m.group(1)) : "";
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + pattern + " in " + text);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
