package org.civitas.funding.payments;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.civitas.funding.PaymentFailure;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The money adapters' one way of calling a service that answers JSON: no redirect followed, a deadline, and any
 * failure (no answer, a status outside 2xx, an answer that is not a JSON object) a {@link PaymentFailure} that names
 * the status but never the request (which carries keys).
 */
final class JsonCalls {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private JsonCalls() {
    }

    static JsonObject call(HttpRequest request) throws PaymentFailure {
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new PaymentFailure(null, "No answer within " + request.timeout().map(Duration::toSeconds)
                    .orElse(0L) + " s");
        } catch (IOException e) {
            throw new PaymentFailure(null, "No answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentFailure(null, "Interrupted");
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body().strip();
        if (status < 200 || status > 299) {
            throw new PaymentFailure(status, "HTTP " + status + (body.isEmpty() ? "" : ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body)));
        }
        try {
            if (Json.createReader(new StringReader(body)).read() instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // answered below
        }
        throw new PaymentFailure(status, "HTTP " + status + " with an answer that is not a JSON object");
    }
}
