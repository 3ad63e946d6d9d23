import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citizens voting and commenting through a load balancer: each registers through the JSF form (the form's page and
 * its post may land on different servers), then casts votes (changing some) and posts comments through the REST API
 * with its session. Writes every acknowledged vote (the last acknowledged choice per citizen and proposal) to a CSV
 * for the checks, and prints requests per second, latencies and what failed, by HTTP status.
 *
 *   java bench/ClusterLoad.java <base-url> <citizens> <votes-per-citizen> <threads> <acknowledged.csv>
 */
public class ClusterLoad {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Bench-Cluster-2026!";

    record Ack(String email, long proposal, String choice) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int citizens = Integer.parseInt(args[1]);
        int votesEach = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);

        HttpClient anonymous = client(null);
        String page = anonymous.send(HttpRequest.newBuilder(URI.create(base + "api/proposals?status=PUBLISHED&size=50")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Long> proposals = new ArrayList<>();
        Matcher ids = Pattern.compile("\"id\":([0-9]+),\"path\"").matcher(page);
        while (ids.find()) {
            proposals.add(Long.parseLong(ids.group(1)));
        }
        if (proposals.isEmpty()) {
            throw new IllegalStateException("no published proposal to vote on: " + page);
        }

        Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger comments = new AtomicInteger();
        AtomicInteger registrations = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int c = 0; c < citizens; c++) {
            int seed = c;
            pool.submit(() -> {
                Random random = new Random(seed);
                HttpClient http = client(new CookieManager());
                String email = "cluster-" + UUID.randomUUID().toString().substring(0, 12) + "@bench.test";
                try {
                    HttpResponse<String> form = timed(http, HttpRequest.newBuilder(URI.create(base + "register.xhtml")).build(), latencies, requests);
                    Matcher state = VIEW_STATE.matcher(form.body());
                    Matcher nonce = NONCE.matcher(form.body());
                    if (!state.find()) {
                        count(failures, "register-page-" + form.statusCode());
                        return;
                    }
                    String body = "registerForm_SUBMIT=1&submit=submit&displayName=" + enc("Citoyen " + seed) + "&email=" + enc(email)
                            + "&password=" + enc(PASSWORD) + "&confirmation=" + enc(PASSWORD)
                            + "&jakarta.faces.ViewState=" + enc(state.group(1))
                            + (nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "");
                    HttpResponse<String> registered = timed(http, HttpRequest.newBuilder(form.uri())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), latencies, requests);
                    // Registered: a redirect to the home page (a redirect back to the form is a refusal or an
                    // expired view, which is what a form posted to a server that cannot read the session gets).
                    if ((registered.statusCode() != 302 && registered.statusCode() != 303)
                            || registered.headers().firstValue("Location").orElse("").contains("register")) {
                        count(failures, "register-" + registered.statusCode());
                        return;
                    }
                    registrations.incrementAndGet();
                    for (int v = 0; v < votesEach; v++) {
                        long proposal = proposals.get(random.nextInt(proposals.size()));
                        String choice = random.nextInt(4) == 0 ? "AGAINST" : "FOR";
                        HttpResponse<String> vote = timed(http, HttpRequest.newBuilder(URI.create(base + "api/proposals/" + proposal + "/vote"))
                                .header("Origin", origin(base)).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}")).build(), latencies, requests);
                        if (vote.statusCode() == 200) {
                            acknowledged.put(email + "|" + proposal, new Ack(email, proposal, choice));
                        } else {
                            count(failures, "vote-" + vote.statusCode());
                            if (vote.statusCode() == 401) {
                                signedOut.incrementAndGet();
                            }
                        }
                        if (v % 5 == 4) {
                            HttpResponse<String> comment = timed(http, HttpRequest.newBuilder(URI.create(base + "api/proposals/" + proposal + "/comments"))
                                    .header("Origin", origin(base)).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":{\"body\":\"Avis " + seed + "-" + v + "\"}}")).build(),
                                    latencies, requests);
                            if (comment.statusCode() == 201) {
                                comments.incrementAndGet();
                            } else {
                                count(failures, "comment-" + comment.statusCode());
                                if (comment.statusCode() == 401) {
                                    signedOut.incrementAndGet();
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    count(failures, "no-answer");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;

        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
            for (Ack a : acknowledged.values()) {
                csv.println(a.email() + "," + a.proposal() + "," + a.choice());
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("requests: %d in %.1f s = %.0f requests/s; p50 %.1f ms, p99 %.1f ms%n", requests.get(), seconds,
                requests.get() / seconds, pct(sorted, 0.50), pct(sorted, 0.99));
        System.out.printf("registered: %d of %d citizens (form shown by one server, posted through nginx)%n",
                registrations.get(), citizens);
        System.out.printf("acknowledged: %d votes (last choice per citizen and proposal), %d comments%n",
                acknowledged.size(), comments.get());
        System.out.println("failed, by kind: " + new TreeMap<>(failures));
        System.out.println("signed out on the way (401): " + signedOut.get());
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5));
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        return b.build();
    }

    private static HttpResponse<String> timed(HttpClient http, HttpRequest request, List<Long> latencies, AtomicInteger requests)
            throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - t);
        requests.incrementAndGet();
        return response;
    }

    private static void count(Map<String, AtomicInteger> failures, String kind) {
        failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }

    private static String origin(String base) {
        URI u = URI.create(base);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
