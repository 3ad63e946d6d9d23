import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official answers a proposal that many people follow, three times in a row (accepted, in progress, implemented),
 * through the answer form as a browser posts it: how long the official's request takes, then how long after it the
 * fan-out told every follower (its notifications written, read from the database: notice_fanout.told_at), and how many
 * notifications it wrote (issue #21: under 200 ms for the request with 100,000 followers; the fan-out after the commit).
 *
 *   java -cp postgresql.jar bench/FollowFanOut.java <base url> <official email> <password> <proposal id> <jdbc url>
 */
public class FollowFanOut {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String email = args[1];
        String password = args[2];
        long proposal = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signedIn = post(http, base + "signin.xhtml", "signInForm", "submit",
                "&email=" + enc(email) + "&password=" + enc(password));
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in refused: " + signedIn.statusCode());
        }
        try (Connection db = DriverManager.getConnection(args[4])) {
            // A warm-up answer on the same proposal would change its status: the first request is measured as is
            for (String decision : List.of("ACCEPTED", "IN_PROGRESS", "IMPLEMENTED")) {
                long before = lastFanOut(db);
                long start = System.nanoTime();
                HttpResponse<String> answered = post(http, base + "review/answer.xhtml?id=" + proposal, "answerForm",
                        "sendAnswer", "&id=" + proposal + "&decision=" + decision
                                + "&body=" + enc("Réponse de la commune : " + decision.toLowerCase() + "."));
                double requestMs = (System.nanoTime() - start) / 1e6;
                if (answered.statusCode() != 302) {
                    throw new IllegalStateException(decision + " refused: " + answered.statusCode() + " "
                            + answered.body().substring(0, Math.min(400, answered.body().length())));
                }
                long fanOut = awaitFanOut(db, before);
                try (PreparedStatement s = db.prepareStatement("SELECT f.created_at, f.told_at, (SELECT COUNT(*) FROM "
                        + "notification n WHERE n.proposal_id = f.proposal_id AND n.kind = 'ANSWER' AND n.decision = ?) "
                        + "FROM notice_fanout f WHERE f.id = ?")) {
                    s.setString(1, decision);
                    s.setLong(2, fanOut);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        Timestamp created = r.getTimestamp(1);
                        Timestamp told = r.getTimestamp(2);
                        System.out.printf("%-12s the official's request %7.1f ms; everyone told %6.1f s after the answer "
                                        + "(%d notifications)%n", decision, requestMs,
                                (told.getTime() - created.getTime()) / 1000.0, r.getLong(3));
                    }
                }
            }
        }
    }

    private static long lastFanOut(Connection db) throws Exception {
        try (ResultSet r = db.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM notice_fanout")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The id of the answer's fan-out once it is told (ten minutes at most). */
    private static long awaitFanOut(Connection db, long after) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = db.prepareStatement("SELECT id FROM notice_fanout WHERE id > ? AND kind = 'ANSWER' "
                    + "AND told_at IS NOT NULL")) {
                s.setLong(1, after);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return r.getLong(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the answer's fan-out was not told within ten minutes");
    }

    /** Gets a form's page, then posts the form with its view state and nonce, as a browser without JavaScript does. */
    private static HttpResponse<String> post(HttpClient http, String url, String form, String button, String fields)
            throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no form at " + url + ": " + page.statusCode());
        }
        String body = form + "_SUBMIT=1&" + button + "=" + button + fields + "&jakarta.faces.ViewState="
                + enc(state.group(1)) + (nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "");
        URI origin = URI.create(url);
        return http.send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin.getScheme() + "://" + origin.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
