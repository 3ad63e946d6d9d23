package org.civitas.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The adapter to the national address base's geocoder (Base Adresse Nationale, served by the Géoplateforme at
 * {@code https://data.geopf.fr/geocodage}; {@code CIVITAS_GEOCODER_URL} points elsewhere, a town's own copy of
 * addok say): {@code GET <base>/search?q=&limit=5} and {@code GET <base>/reverse?lon=&lat=&limit=1}, both answering
 * GeoJSON features whose {@code properties.label} is the address. With {@code CIVITAS_GEOCODER_CITYCODE} (an INSEE
 * code) the search keeps to the town. A call takes at most 3 s to connect and 4 s to answer: a slow address base
 * costs a form a few seconds, never a server thread, and a failure is a {@link GeocoderUnavailableException} that
 * forms and the API turn into a message (the address is kept as typed). The service allows 50 requests a second from
 * one address: the portal's own lookups go through its rate limiter first ({@code PlacesResource}).
 */
@ApplicationScoped
public class Geocoder {

    private static final Logger LOG = Logger.getLogger(Geocoder.class.getName());

    /** What the address base accepts as a query: 3 to 200 characters, beginning with a letter or a digit. */
    private static final Pattern QUERY = Pattern.compile("^[\\p{L}\\p{N}].{2,199}$", Pattern.DOTALL);

    public static final int MAX_RESULTS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    @ConfigProperty(name = "civitas.geocoder.url", defaultValue = "https://data.geopf.fr/geocodage")
    private String base;

    @Inject
    @ConfigProperty(name = "civitas.geocoder.citycode")
    private Optional<String> citycode;

    /**
     * Up to five addresses for what a person typed, best first; none for a text the address base would refuse (too
     * short, too long, not beginning with a letter or a digit).
     */
    public List<Address> search(String text) {
        String q = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (!QUERY.matcher(q).matches()) {
            return List.of();
        }
        StringBuilder url = new StringBuilder(root()).append("/search?q=").append(encode(q))
                .append("&limit=").append(MAX_RESULTS);
        citycode.filter(c -> c.matches("\\d[0-9AB]\\d{3}")).ifPresent(c -> url.append("&citycode=").append(c));
        return features(get(url.toString()));
    }

    /** The address nearest a pin, if the address base knows one there. */
    public Optional<Address> reverse(double latitude, double longitude) {
        if (!Points.valid(latitude, longitude)) {
            return Optional.empty();
        }
        String url = root() + "/reverse?lon=" + longitude + "&lat=" + latitude + "&limit=1";
        return features(get(url)).stream().findFirst();
    }

    private String root() {
        String url = base.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private JsonObject get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(4))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    LOG.warning(() -> "The address base answered " + response.statusCode() + " to " + url);
                    throw new GeocoderUnavailableException();
                }
                try (JsonReader reader = Json.createReader(body)) {
                    return reader.readObject();
                }
            }
        } catch (IOException | JsonException | ClassCastException | IllegalStateException e) {
            LOG.warning(() -> "The address base did not answer " + url + ": " + e);
            throw new GeocoderUnavailableException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeocoderUnavailableException();
        }
    }

    /** The features' addresses; a feature without a point or a label is skipped. */
    private static List<Address> features(JsonObject collection) {
        List<Address> found = new ArrayList<>();
        if (!(collection.get("features") instanceof JsonArray features)) {
            return found;
        }
        for (JsonValue value : features) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject feature = value.asJsonObject();
            if (!(feature.get("geometry") instanceof JsonObject geometry)
                    || !(feature.get("properties") instanceof JsonObject properties)
                    || !"Point".equals(geometry.getString("type", ""))
                    || !(geometry.get("coordinates") instanceof JsonArray point)) {
                continue;
            }
            String label = properties.getString("label", "").strip();
            if (point.size() < 2 || !(point.get(0) instanceof JsonNumber lon)
                    || !(point.get(1) instanceof JsonNumber lat) || label.isEmpty()
                    || !Points.valid(lat.doubleValue(), lon.doubleValue())) {
                continue;
            }
            found.add(new Address(label.length() > 200 ? label.substring(0, 200) : label, lat.doubleValue(),
                    lon.doubleValue(), properties.getString("postcode", null), properties.getString("citycode", null)));
            if (found.size() == MAX_RESULTS) {
                break;
            }
        }
        return found;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
