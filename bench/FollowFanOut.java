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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official answers a proposal that many people follow, three times in a row (accepted, in progress, implemented),
 * through the answer form as a browser posts it, for a number of rounds (the proposal put back under review between
 * them; the first rounds warm the server's code): how long the official's request takes, then how long after the
 * answer every follower was told (the fan-out's notifications committed: seen from here as notice_fanout.told_at set,
 * polled every 50 ms), and how many notifications it wrote (issue #21: under 200 ms for the request with 100,000
 * followers; the fan-out after the commit).
 *
 *   java -cp postgresql.jar bench/FollowFanOut.java <base url> <official email> <password> <proposal id> <jdbc url> [rounds]
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
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 4;
        try (Connection db = DriverManager.getConnection(args[4])) {
            for (int round = 1; round <= rounds; round++) {
                try (PreparedStatement reset = db.prepareStatement(
                        "UPDATE proposal SET status = 'UNDER_REVIEW' WHERE id = ?")) {
                    reset.setLong(1, proposal);
                    reset.executeUpdate();
                }
                System.out.println("round " + round + (round < rounds ? " (warming)" : " (measured)"));
                for (String decision : List.of("ACCEPTED", "IN_PROGRESS", "IMPLEMENTED")) {
                    answer(http, base, db, proposal, decision);
                }
            }
        }
    }

    /** One answer through the form: the request's time, then when its fan-out is seen committed, and its rows. */
    private static void answer(HttpClient http, String base, Connection db, long proposal, String decision)
            throws Exception {
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
        double toldS = (System.nanoTime() - start) / 1e9;
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM notification n JOIN notice_fanout f "
                + "ON f.proposal_id = n.proposal_id AND f.created_at = n.created_at WHERE f.id = ? AND n.kind = 'ANSWER'")) {
            s.setLong(1, fanOut);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                System.out.printf("  %-12s the official's request %7.1f ms; everyone told (committed) %5.1f s after "
                        + "the answer was sent (%d notifications)%n", decision, requestMs, toldS, r.getLong(1));
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
            Thread.sleep(50);
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
