package org.civitas.watch.adapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.watch.PollFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP for the watch: one client, a time limit per request ({@code CIVITAS_WATCH_TIMEOUT_SECONDS}, 10), answers of
 * at most 2 MiB, and what networks say about their limits read from every answer: a 429's or 503's
 * {@code Retry-After} (seconds or a date), and a spent allowance ({@code X-RateLimit-Remaining} with
 * {@code X-RateLimit-Reset} on Mastodon, a date; {@code RateLimit-Remaining} with {@code RateLimit-Reset} on Bluesky,
 * seconds since 1970) become the moment before which the source is not asked again. Error messages keep the status and
 * the start of the answer, never the request (which may carry a token).
 */
@ApplicationScoped
public class WatchHttp {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "civitas.watch.timeout-seconds", defaultValue = "10")
    private int timeoutSeconds;

    @Inject
    private Clock clock;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();

    /** A successful answer: its status (200, or 304 for a feed that has not changed), body and headers. */
    public record Answer(int status, byte[] body, HttpHeaders headers, Instant notBefore) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    HttpRequest.Builder get(String url) throws PollFailure {
        try {
            return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
                    .header("User-Agent", "Civitas (participatory-democracy portal; town watch)").GET();
        } catch (IllegalArgumentException e) {
            throw new PollFailure(null, "Not an address: " + e.getMessage(), null);
        }
    }

    Answer send(HttpRequest request) throws PollFailure {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new PollFailure(null, "No answer within " + timeoutSeconds + " s", null);
        } catch (IOException e) {
            throw new PollFailure(null, "No answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PollFailure(null, "Interrupted", null);
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new PollFailure(response.statusCode(), "The answer broke off: " + e.getMessage(), null);
        }
        int status = response.statusCode();
        Instant notBefore = notBefore(response.headers());
        if (status == 304) {
            return new Answer(status, new byte[0], response.headers(), notBefore);
        }
        if (status < 200 || status > 299) {
            Instant wait = status == 429 || status == 503 ? retryAfter(response.headers()).orElse(notBefore) : notBefore;
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).strip();
            throw new PollFailure(status, "HTTP " + status + (text.isEmpty() ? "" : ": " + text
                    + (body.length > 300 ? "…" : "")), wait);
        }
        if (body.length > MAX_BYTES) {
            throw new PollFailure(status, "The answer is larger than " + MAX_BYTES / 1024 / 1024 + " MiB", notBefore);
        }
        return new Answer(status, body, response.headers(), notBefore);
    }

    Optional<Instant> retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().matches("[0-9]{1,9}")) {
            return Optional.of(clock.instant().plusSeconds(Long.parseLong(value.get())));
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** When the network's allowance is spent, the moment it comes back; otherwise null. */
    Instant notBefore(HttpHeaders headers) {
        for (String prefix : new String[]{"X-RateLimit-", "RateLimit-"}) {
            Optional<String> remaining = headers.firstValue(prefix + "Remaining").map(String::strip);
            Optional<String> reset = headers.firstValue(prefix + "Reset").map(String::strip);
            if (remaining.isPresent() && reset.isPresent() && remaining.get().matches("0|-?[0-9]{1,9}")
                    && Long.parseLong(remaining.get()) <= 0) {
                Optional<Instant> at = reset(reset.get());
                if (at.isPresent()) {
                    return at.get();
                }
            }
        }
        return null;
    }

    private Optional<Instant> reset(String value) {
        try {
            if (value.matches("[0-9]{1,12}")) {
                long n = Long.parseLong(value);
                // Seconds since 1970 (Bluesky), or seconds from now (the IETF draft)
                return Optional.of(n > 1_000_000_000L ? Instant.ofEpochSecond(n) : clock.instant().plusSeconds(n));
            }
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(ZonedDateTime.parse(value).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String query(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null) {
                out.append(out.isEmpty() ? "?" : "&").append(encode(k)).append('=').append(encode(v));
            }
        });
        return out.toString();
    }
}
