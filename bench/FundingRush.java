import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last hour of a popular campaign (issue #23): BACKERS residents pledge at once, each several times, through the
 * provider's flow, against a payment service played here (a small HTTP server: it opens payments, answers their
 * status, lists them). Each pledge: POST /api/funding/campaigns/{id}/pledges (a personal access token), the backer
 * "pays" at the service, and the service notifies the portal, signed; a fifth of the notifications are sent twice, a
 * tenth are followed by a late "authorized", and one in twenty is lost (the backer comes back to the return address,
 * /api/funding/pledges/{key}, and the portal asks the service). Half the pledges ask for the reward of which there
 * are REWARDS. Prints the pledges' rate and p50/p99, the notifications' p99, then checks in the database: every
 * payment the service took counted once, the campaign's totals exactly the sum of its paid pledges, the reward never
 * oversold (taken = its pledges still standing, at most its quantity).
 *
 *   java -cp postgresql.jar bench/FundingRush.java <portal base> <jdbc url> <campaign id> <reward id> <first account id>
 *        <backers> <pledges each> <provider port> <webhook secret>
 */
public class FundingRush {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    /** The service's payments: reference → {amount, status}. */
    private static final Map<String, String[]> PAYMENTS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String jdbc = args[1];
        long campaign = Long.parseLong(args[2]);
        long reward = Long.parseLong(args[3]);
        long firstAccount = Long.parseLong(args[4]);
        int backers = Integer.parseInt(args[5]);
        int each = Integer.parseInt(args[6]);
        int port = Integer.parseInt(args[7]);
        String secret = args[8];

        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        service.createContext("/pay/v1/payments", FundingRush::serve);
        ExecutorService serving = Executors.newFixedThreadPool(16);
        service.setExecutor(serving);
        service.start();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<Long> pledgeMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> notifyMillis = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger paid = new AtomicInteger();
        AtomicInteger rewardsAsked = new AtomicInteger();
        AtomicInteger soldOut = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(backers);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(backers);
        for (int b = 0; b < backers; b++) {
            long account = firstAccount + b;
            Random random = new Random(account);
            pool.submit(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        boolean withReward = random.nextBoolean();
                        long cents = (withReward ? 2000 : 500) + 100L * random.nextInt(100);
                        String body = "{\"amountCents\":" + cents + (withReward ? ",\"rewardId\":" + reward : "")
                                + ",\"anonymous\":" + random.nextBoolean() + "}";
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                                        + "api/funding/campaigns/" + campaign + "/pledges"))
                                .header("Authorization", "Bearer cvt_bench_" + account)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (withReward) {
                            rewardsAsked.incrementAndGet();
                        }
                        if (r.statusCode() == 409 && withReward) {
                            soldOut.incrementAndGet();
                            continue;
                        }
                        if (r.statusCode() != 201) {
                            continue;
                        }
                        pledgeMillis.add(ms);
                        Matcher k = KEY.matcher(r.body());
                        if (!k.find()) {
                            continue;
                        }
                        String key = k.group(1);
                        // The backer pays on the service's page
                        String[] payment = PAYMENTS.get(key);
                        payment[1] = "paid";
                        paid.incrementAndGet();
                        double fate = random.nextDouble();
                        if (fate < 0.05) {
                            // The notification is lost: the backer comes back and the portal asks the service
                            lost.incrementAndGet();
                            http.send(HttpRequest.newBuilder(URI.create(base + "api/funding/pledges/" + key))
                                    .header("Authorization", "Bearer cvt_bench_" + account).GET().build(),
                                    HttpResponse.BodyHandlers.discarding());
                            continue;
                        }
                        notifyMillis.add(notify(http, base, secret, "evt-" + key, key, "paid", payment[0]));
                        if (fate < 0.25) {
                            notifyMillis.add(notify(http, base, secret, "evt-" + key, key, "paid", payment[0]));
                        }
                        if (fate > 0.9) {
                            notifyMillis.add(notify(http, base, secret, "evt-late-" + key, key, "authorized",
                                    payment[0]));
                        }
                    }
                } catch (Exception e) {
                    System.out.println("backer " + account + ": " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        long t0 = System.nanoTime();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        service.stop(0);
        serving.shutdownNow();

        System.out.printf("%d backers at once, %d pledges each: %.1f s%n", backers, each, seconds);
        System.out.println("pledge answers by status: " + statuses);
        System.out.printf("pledges opened: %d (%.0f per second), p50 %d ms, p99 %d ms, max %d ms%n",
                pledgeMillis.size(), pledgeMillis.size() / seconds, pct(pledgeMillis, 50), pct(pledgeMillis, 99),
                pct(pledgeMillis, 100));
        System.out.printf("notifications: %d, p50 %d ms, p99 %d ms; %d lost and found by the backer's return%n",
                notifyMillis.size(), pct(notifyMillis, 50), pct(notifyMillis, 99), lost.get());
        System.out.printf("payments taken at the service: %d; the reward asked %d times, refused as gone %d times%n",
                paid.get(), rewardsAsked.get(), soldOut.get());
        long paidCents = PAYMENTS.values().stream().filter(p -> p[1].equals("paid"))
                .mapToLong(p -> Long.parseLong(p[0])).sum();

        try (Connection db = DriverManager.getConnection(jdbc); Statement s = db.createStatement()) {
            long[] c = row(s, "SELECT raised_cents, backers FROM funding_campaign WHERE id = " + campaign);
            long[] p = row(s, "SELECT COALESCE(SUM(amount_cents), 0), COUNT(*) FROM funding_pledge WHERE campaign_id = "
                    + campaign + " AND state = 'PAID'");
            long[] r = row(s, "SELECT taken, quantity FROM funding_reward WHERE id = " + reward);
            long[] standing = row(s, "SELECT COUNT(*), 0 FROM funding_pledge WHERE reward_id = " + reward
                    + " AND state NOT IN ('CANCELLED', 'REFUNDED')");
            boolean counted = p[1] == paid.get() && p[0] == paidCents;
            boolean exact = c[0] == p[0] && c[1] == p[1];
            boolean notOversold = r[0] == standing[0] && r[0] <= r[1];
            System.out.printf("campaign: %d cents, %d backers; its paid pledges: %d cents, %d; the service took %d cents"
                    + " in %d payments%n", c[0], c[1], p[0], p[1], paidCents, paid.get());
            System.out.printf("reward: %d taken of %d, %d pledges holding it%n", r[0], r[1], standing[0]);
            System.out.println("every payment counted once: " + (counted ? "yes" : "NO"));
            System.out.println("totals exact: " + (exact ? "yes" : "NO"));
            System.out.println("reward never oversold: " + (notOversold ? "yes" : "NO"));
            System.exit(counted && exact && notOversold ? 0 : 1);
        }
    }

    private static long notify(HttpClient http, String base, String secret, String event, String key, String status,
                               String amount) throws Exception {
        String body = "{\"id\":\"" + event + "\",\"type\":\"payment.updated\",\"payment\":{\"id\":\"pay_" + key
                + "\",\"reference\":\"" + key + "\",\"status\":\"" + status + "\",\"amount\":" + amount + "}}";
        long t = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        long t0 = System.nanoTime();
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/funding/notifications/hosted"))
                .header("Content-Type", "application/json").header("Payment-Signature", "t=" + t + ",v1=" + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 204) {
            System.out.println("notification " + event + " answered " + r.statusCode());
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The payment service: opens payments, answers their status and lists them (what reconciliation asks). */
    private static void serve(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String answer;
        int status = 200;
        if (x.getRequestMethod().equals("POST") && path.equals("/pay/v1/payments")) {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher ref = REFERENCE.matcher(body);
            Matcher amount = AMOUNT.matcher(body);
            ref.find();
            amount.find();
            PAYMENTS.putIfAbsent(ref.group(1), new String[]{amount.group(1), "pending"});
            answer = payment(ref.group(1)).replace("}", ",\"redirect_url\":\"http://127.0.0.1/pay/checkout/"
                    + ref.group(1) + "\"}");
            status = 201;
        } else if (x.getRequestMethod().equals("GET") && path.startsWith("/pay/v1/payments/pay_")) {
            answer = payment(path.substring("/pay/v1/payments/pay_".length()));
        } else if (x.getRequestMethod().equals("GET")) {
            answer = "{\"data\":[]}";
        } else {
            answer = "{}";
            status = 404;
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String payment(String reference) {
        String[] p = PAYMENTS.getOrDefault(reference, new String[]{"0", "failed"});
        return "{\"id\":\"pay_" + reference + "\",\"reference\":\"" + reference + "\",\"status\":\"" + p[1]
                + "\",\"amount\":" + p[0] + "}";
    }

    private static long[] row(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new long[]{r.getLong(1), r.getLong(2)};
        }
    }

    private static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
