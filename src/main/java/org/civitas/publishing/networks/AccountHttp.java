package org.civitas.publishing.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;
import org.civitas.platform.outbox.DeliveryFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP for the city's accounts: one client, a time limit per request ({@code CIVITAS_PUBLISH_TIMEOUT_SECONDS}, 10
 * by default), and the networks' answers sorted into success, failures worth trying again (no answer, timeouts,
 * 408, 425, 429, 5xx) and refusals (other 4xx). Error messages keep the status and the start of the network's
 * answer, never the request (which carries the credentials).
 */
@ApplicationScoped
public class AccountHttp {

    @Inject
    @ConfigProperty(name = "civitas.publish.timeout-seconds", defaultValue = "10")
    private int timeoutSeconds;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("User-Agent", "Civitas (participatory-democracy portal)");
    }

    /** Sends and returns the body of a 2xx answer as JSON (an empty object when there is none). */
    JsonObject json(HttpRequest request) throws DeliveryFailure {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure(null, true, "No answer within " + timeoutSeconds + " s");
        } catch (IOException e) {
            throw new DeliveryFailure(null, true, "No answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(null, true, "Interrupted");
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            boolean retryable = status == 408 || status == 425 || status == 429 || status >= 500;
            String body = response.body() == null ? "" : response.body().strip();
            throw new DeliveryFailure(status, retryable, "HTTP " + status
                    + (body.isEmpty() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body)));
        }
        if (response.body() == null || response.body().isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try {
            JsonStructure parsed = Json.createReader(new StringReader(response.body())).read();
            if (parsed instanceof JsonObject object) {
                return object;
            }
        } catch (JsonParsingException e) {
            // answered below
        }
        // Not retried: the network said yes, so the post may be there; an administrator looks.
        throw new DeliveryFailure(status, false, "HTTP " + status + " with an answer that is not a JSON object");
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A count in a JSON answer, 0 when absent or not a number (a network may leave a zero out). */
    static int count(JsonObject json, String name) {
        return json != null && json.get(name) instanceof JsonNumber n ? Math.max(0, n.intValue()) : 0;
    }

    /** A field of a JSON answer that must be there; a retryable failure when the network answered something else. */
    static String field(JsonObject json, String name) throws DeliveryFailure {
        if (!json.containsKey(name) || json.isNull(name)) {
            throw new DeliveryFailure(200, false, "The answer has no \"" + name + "\"");
        }
        return json.get(name) instanceof JsonString s ? s.getString() : json.get(name).toString();
    }
}
