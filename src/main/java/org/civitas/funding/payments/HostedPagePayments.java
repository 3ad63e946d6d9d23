package org.civitas.funding.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.civitas.funding.PaymentFailure;
import org.civitas.funding.PaymentProvider;
import org.civitas.funding.PaymentStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A generic hosted payment page, the shape most payment services share ({@code CIVITAS_PAYMENT_URL},
 * {@code CIVITAS_PAYMENT_API_KEY}, {@code CIVITAS_PAYMENT_WEBHOOK_SECRET}; docs/operations.md describes the
 * protocol for a town's own adapter):
 * <ul>
 * <li>{@code POST /v1/payments} (an {@code Idempotency-Key}: the pledge's key) with the reference, amount in cents,
 * currency, description, {@code capture} ({@code manual}: authorise only), language and the return and notification
 * addresses, answered with the payment's {@code id}, {@code status} and {@code redirect_url};</li>
 * <li>{@code GET /v1/payments/{id}}, {@code GET /v1/payments?updated_since=}, and {@code POST .../capture},
 * {@code .../cancel}, {@code .../refund};</li>
 * <li>notifications {@code {"id": event, "payment": {...}}} signed {@code Payment-Signature: t=<unix time>,v1=<hex
 * HMAC-SHA256 of "t.body" under the shared secret>}, refused beyond five minutes (replays).</li>
 * </ul>
 * Statuses: {@code pending}, {@code authorized}, {@code paid}, {@code failed}, {@code cancelled}, {@code refunded}.
 */
@ApplicationScoped
public class HostedPagePayments implements PaymentProvider {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Inject
    @ConfigProperty(name = "civitas.payment.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "civitas.payment.api-key")
    private Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "civitas.payment.webhook-secret")
    private Optional<String> secret;

    @Inject
    @ConfigProperty(name = "civitas.payment.timeout-seconds", defaultValue = "10")
    private int timeoutSeconds;

    @Inject
    private Clock clock;

    @Override
    public String id() {
        return "hosted";
    }

    @Override
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent() && apiKey.filter(k -> !k.isBlank()).isPresent()
                && secret.filter(s -> !s.isBlank()).isPresent();
    }

    @Override
    public Checkout start(PaymentRequest r) throws PaymentFailure {
        JsonObject body = Json.createObjectBuilder().add("reference", r.reference()).add("amount", r.amountCents())
                .add("currency", "EUR").add("description", r.description())
                .add("capture", r.captureLater() ? "manual" : "automatic").add("locale", r.locale())
                .add("return_url", r.returnUrl()).add("notify_url", r.notifyUrl()).build();
        JsonObject payment = call(request("/v1/payments").header("Idempotency-Key", r.reference())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        String redirect = text(payment, "redirect_url");
        if (redirect == null || !(redirect.startsWith("https://") || redirect.startsWith("http://"))) {
            throw new PaymentFailure(200, "The answer has no payment page address");
        }
        return new Checkout(required(payment, "id"), redirect);
    }

    @Override
    public PaymentReport status(String paymentId) throws PaymentFailure {
        return report(call(request("/v1/payments/" + encode(paymentId)).GET().build()));
    }

    @Override
    public List<PaymentReport> changedSince(Instant since) throws PaymentFailure {
        JsonObject page = call(request("/v1/payments?updated_since=" + encode(since.toString()) + "&limit=100")
                .GET().build());
        List<PaymentReport> reports = new ArrayList<>();
        if (page.get("data") instanceof JsonArray data) {
            for (JsonValue value : data) {
                if (value instanceof JsonObject payment) {
                    try {
                        reports.add(report(payment));
                    } catch (PaymentFailure e) {
                        // a payment the portal cannot read is not one of its own
                    }
                }
            }
        }
        return reports;
    }

    @Override
    public PaymentReport capture(String paymentId) throws PaymentFailure {
        return action(paymentId, "capture");
    }

    @Override
    public PaymentReport cancel(String paymentId) throws PaymentFailure {
        return action(paymentId, "cancel");
    }

    @Override
    public PaymentReport refund(String paymentId) throws PaymentFailure {
        return action(paymentId, "refund");
    }

    private PaymentReport action(String paymentId, String what) throws PaymentFailure {
        return report(call(request("/v1/payments/" + encode(paymentId) + "/" + what)
                .header("Idempotency-Key", what + "-" + paymentId)
                .POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    @Override
    public Optional<Notification> verify(String body, Function<String, String> header) {
        if (body == null || secret.filter(s -> !s.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        String signature = header.apply("Payment-Signature");
        if (signature == null) {
            return Optional.empty();
        }
        String t = null;
        List<String> v1 = new ArrayList<>();
        for (String part : signature.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1.add(kv[1].toLowerCase(Locale.ROOT));
            }
        }
        if (t == null || !t.matches("[0-9]{1,12}") || v1.isEmpty()) {
            return Optional.empty();
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(t));
        if (Duration.between(at, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            return Optional.empty();
        }
        byte[] expected = hmac(secret.get(), t + "." + body);
        boolean valid = v1.stream().anyMatch(s -> s.matches("[0-9a-f]{64}")
                && MessageDigest.isEqual(expected, HexFormat.of().parseHex(s)));
        if (!valid) {
            return Optional.empty();
        }
        try {
            JsonStructure parsed = Json.createReader(new StringReader(body)).read();
            if (parsed instanceof JsonObject event && text(event, "id") != null
                    && event.get("payment") instanceof JsonObject payment) {
                return Optional.of(new Notification(text(event, "id"), report(payment)));
            }
        } catch (JsonException | PaymentFailure e) {
            // a signed notification the portal cannot read: refused like a bad one
        }
        return Optional.empty();
    }

    /** The signature's HMAC: also what the tests' stand-in signs with. */
    public static byte[] hmac(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private HttpRequest.Builder request(String path) throws PaymentFailure {
        if (!configured()) {
            throw new PaymentFailure(null, "No payment service is configured");
        }
        String base = url.get().endsWith("/") ? url.get().substring(0, url.get().length() - 1) : url.get();
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Authorization", "Bearer " + apiKey.get()).header("Accept", "application/json")
                .header("User-Agent", "Civitas (participatory-democracy portal)");
    }

    private static JsonObject call(HttpRequest request) throws PaymentFailure {
        return JsonCalls.call(request);
    }

    private static PaymentReport report(JsonObject payment) throws PaymentFailure {
        PaymentStatus status = switch (String.valueOf(text(payment, "status")).toLowerCase(Locale.ROOT)) {
            case "pending", "requires_action", "processing" -> PaymentStatus.PENDING;
            case "authorized", "authorised" -> PaymentStatus.AUTHORIZED;
            case "paid", "captured", "succeeded" -> PaymentStatus.PAID;
            case "failed" -> PaymentStatus.FAILED;
            case "cancelled", "canceled", "expired" -> PaymentStatus.CANCELLED;
            case "refunded" -> PaymentStatus.REFUNDED;
            default -> throw new PaymentFailure(200, "Unknown payment status");
        };
        long amount = payment.get("amount") instanceof JsonNumber n ? n.longValue() : -1;
        return new PaymentReport(required(payment, "id"), text(payment, "reference"), status, amount);
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static String required(JsonObject json, String name) throws PaymentFailure {
        String value = text(json, name);
        if (value == null) {
            throw new PaymentFailure(200, "The answer has no \"" + name + "\"");
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
