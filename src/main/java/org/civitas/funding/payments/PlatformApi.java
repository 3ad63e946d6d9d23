package org.civitas.funding.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civitas.funding.PaymentFailure;
import org.civitas.funding.PlatformProgress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * A crowdfunding provider's public API for a project's figures ({@code CIVITAS_CROWDFUNDING_API}: an address with
 * {@code {slug}}, such as {@code https://api.provider.example/v1/projects/{slug}}; {@code CIVITAS_CROWDFUNDING_API_KEY}
 * if it asks for one). The slug is the last part of the campaign's page address at the provider; only the configured
 * API is ever called, never an address an official typed. The answer is read leniently, as providers name things:
 * the amount raised as {@code raised_cents}, or in euros as {@code amount_raised}, {@code raised} or
 * {@code amount}; the number of lenders or investors as {@code backers}, {@code investors}, {@code lenders} or
 * {@code contributors}.
 */
@ApplicationScoped
public class PlatformApi implements PlatformProgress {

    @Inject
    @ConfigProperty(name = "civitas.crowdfunding.api")
    private Optional<String> api;

    @Inject
    @ConfigProperty(name = "civitas.crowdfunding.api-key")
    private Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "civitas.crowdfunding.timeout-seconds", defaultValue = "10")
    private int timeoutSeconds;

    @Override
    public boolean configured() {
        return api.filter(a -> a.contains("{slug}") && (a.startsWith("https://") || a.startsWith("http://")))
                .isPresent();
    }

    @Override
    public Progress progress(String providerUrl) throws PaymentFailure {
        if (!configured()) {
            throw new PaymentFailure(null, "No crowdfunding API is configured");
        }
        String slug = slug(providerUrl).orElseThrow(() -> new PaymentFailure(null,
                "The provider's page address has no project to ask about"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.get().replace("{slug}", slug)))
                .timeout(Duration.ofSeconds(timeoutSeconds)).header("Accept", "application/json")
                .header("User-Agent", "Civitas (participatory-democracy portal)").GET();
        apiKey.filter(k -> !k.isBlank()).ifPresent(k -> request.header("Authorization", "Bearer " + k));
        JsonObject answer = JsonCalls.call(request.build());
        JsonObject project = answer.get("data") instanceof JsonObject data ? data : answer;
        long cents = number(project, "raised_cents").map(BigDecimal::longValue)
                .or(() -> euros(project, "amount_raised", "raised", "amount"))
                .orElseThrow(() -> new PaymentFailure(200, "The answer has no amount raised"));
        int backers = first(project, "backers", "investors", "lenders", "contributors").map(BigDecimal::intValue)
                .orElse(0);
        if (cents < 0 || backers < 0) {
            throw new PaymentFailure(200, "The answer has negative figures");
        }
        return new Progress(cents, backers);
    }

    /** The last part of the page's path, if it is a plain name. */
    static Optional<String> slug(String providerUrl) {
        try {
            String path = URI.create(providerUrl).getPath();
            if (path == null) {
                return Optional.empty();
            }
            String[] parts = path.split("/");
            for (int i = parts.length - 1; i >= 0; i--) {
                if (!parts[i].isEmpty()) {
                    return parts[i].matches("[A-Za-z0-9._~-]{1,120}") ? Optional.of(parts[i]) : Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) {
            // not an address
        }
        return Optional.empty();
    }

    private static Optional<Long> euros(JsonObject project, String... names) {
        return first(project, names).map(e -> e.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static Optional<BigDecimal> first(JsonObject project, String... names) {
        for (String name : names) {
            Optional<BigDecimal> value = number(project, name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(JsonObject project, String name) {
        JsonValue value = project.get(name);
        if (value instanceof JsonNumber n) {
            return Optional.of(n.bigDecimalValue());
        }
        return Optional.empty();
    }
}
