// Sends a burst of photo uploads built to exhaust memory (PNGs of 7000 x 7000 pixels of 16-bit RGBA: under 1 MB on
// the wire, 392 MB decoded) to a running portal, while a reader keeps asking the public API for a page of proposals.
// Prints how each upload was answered and how long it took, and the API's response times before and during the
// burst. Run by bench/photo-burst.sh; by hand: java bench/PhotoBurst.java http://localhost:9080 16
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

public class PhotoBurst {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");
    static final String PASSWORD = "a long bench password 2026";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int burst = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        byte[] deep = deepPng(7000, 7000);
        System.out.printf("upload: a %d KB PNG of 7000 x 7000 pixels, 16-bit RGBA (%d MB decoded)%n",
                deep.length / 1024, 7000L * 7000 * 8 / 1_000_000);

        int accounts = Math.max(1, burst / 2);
        List<Client> authors = new ArrayList<>();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            Client c = new Client(base);
            c.register("Bench Photo " + i, "bench-photo-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.test");
            HttpResponse<String> created = c.json("POST", "/api/proposals", "{\"title\":\"Une place ombragée " + i
                    + "\",\"summary\":\"Un résumé.\",\"body\":\"Un texte.\",\"themeCode\":\"environnement\"}");
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("draft refused: " + created.statusCode() + " " + created.body());
            }
            authors.add(c);
            drafts.add(Long.parseLong(id.group(1)));
        }

        // One upload first, so that the burst meets a warm server (classes loaded, code compiled)
        long warm = System.nanoTime();
        int warmStatus = authors.get(0).upload("/proposal/edit.xhtml?id=" + drafts.get(0), drafts.get(0), deep).statusCode();
        System.out.printf("one upload alone: %.1f s (status %d)%n", (System.nanoTime() - warm) / 1e9, warmStatus);

        Client visitor = new Client(base);
        List<Long> calm = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calm.add(visitor.timedGet("/api/proposals?size=20"));
        }

        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        List<long[]> slow = Collections.synchronizedList(new ArrayList<>());
        long[] burstStartNanos = new long[1];
        List<Integer> readStatuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(burst + 1);
        Future<?> reader = pool.submit(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                int status = visitor.get("/api/proposals?size=20").statusCode();
                long took = (System.nanoTime() - start) / 1_000_000;
                during.add(took);
                if (took > 1000) {
                    slow.add(new long[]{(start - burstStartNanos[0]) / 1_000_000, took});
                }
                readStatuses.add(status);
            }
            return null;
        });
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> uploads = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            Client author = authors.get(i % accounts);
            long draft = drafts.get(i % accounts);
            uploads.add(pool.submit(() -> {
                go.await();
                long start = System.nanoTime();
                HttpResponse<String> r = author.upload("/proposal/edit.xhtml?id=" + draft, draft, deep);
                long ms = (System.nanoTime() - start) / 1_000_000;
                int outcome = r.statusCode() == 302 ? 0 : r.body().contains("photo") && r.statusCode() == 200 ? 1 : 2;
                return new long[]{r.statusCode(), ms, outcome};
            }));
        }
        long burstStart = System.nanoTime();
        burstStartNanos[0] = burstStart;
        go.countDown();
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> f : uploads) {
            results.add(f.get());
        }
        long burstMs = (System.nanoTime() - burstStart) / 1_000_000;
        running.set(false);
        reader.get();
        pool.shutdown();

        long stored = results.stream().filter(r -> r[2] == 0).count();
        long toldToWait = results.stream().filter(r -> r[2] == 1).count();
        long failed = results.stream().filter(r -> r[2] == 2).count();
        List<Long> times = results.stream().map(r -> r[1]).sorted().toList();
        System.out.printf("burst of %d uploads at once: %d stored, %d told to try again, %d failed (statuses %s), %.1f s in all%n",
                burst, stored, toldToWait, failed, results.stream().map(r -> String.valueOf(r[0])).distinct().toList(),
                burstMs / 1000.0);
        System.out.printf("upload answered in: fastest %.1f s, median %.1f s, slowest %.1f s%n",
                times.get(0) / 1000.0, times.get(times.size() / 2) / 1000.0, times.get(times.size() - 1) / 1000.0);
        System.out.printf("API page of 20 proposals, calm:         median %d ms, p95 %d ms, max %d ms (%d calls)%n",
                pct(calm, 50), pct(calm, 95), pct(calm, 100), calm.size());
        System.out.printf("API page of 20 proposals, during burst: median %d ms, p95 %d ms, max %d ms (%d calls, all 200: %s)%n",
                pct(during, 50), pct(during, 95), pct(during, 100), during.size(),
                readStatuses.stream().allMatch(s -> s == 200));
        for (long[] call : slow) {
            System.out.printf("  a call over 1 s: started %.1f s into the burst, took %.1f s%n", call[0] / 1000.0, call[1] / 1000.0);
        }
    }

    static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - (p == 0 ? 0 : 1)));
    }

    static byte[] deepPng(int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + width * 8];
            for (int y = 0; y < height; y++) {
                rows.write(row);
            }
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A browser without the browser: cookies, no redirects followed, the steps of a Faces form. */
    static final class Client {
        final String base;
        final HttpClient http;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        long timedGet(String path) throws Exception {
            long start = System.nanoTime();
            get(path);
            return (System.nanoTime() - start) / 1_000_000;
        }

        HttpResponse<String> json(String method, String path, String body) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("Origin", base).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void register(String name, String email) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("displayName", name);
            fields.put("email", email);
            fields.put("password", PASSWORD);
            fields.put("confirmation", PASSWORD);
            HttpResponse<String> r = form("/register.xhtml", "registerForm", "submit", fields);
            if (r.statusCode() != 302) {
                throw new IllegalStateException("registration refused: " + r.statusCode());
            }
        }

        HttpResponse<String> form(String path, String formId, String button, Map<String, String> fields) throws Exception {
            String page = get(path).body();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.putAll(hidden(page, formId, button));
            StringBuilder body = new StringBuilder();
            all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String path, long draft, byte[] file) throws Exception {
            String page = get(path).body();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("id", String.valueOf(draft));
            fields.putAll(hidden(page, "photoForm", "uploadPhoto"));
            String boundary = "----bench" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"deep.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }

        static Map<String, String> hidden(String page, String formId, String button) {
            Matcher state = VIEW_STATE.matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("no view state in the page");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(formId + "_SUBMIT", "1");
            fields.put(button, "submit");
            fields.put("jakarta.faces.ViewState", state.group(1));
            Matcher nonce = NONCE.matcher(page);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            return fields;
        }
    }
}
