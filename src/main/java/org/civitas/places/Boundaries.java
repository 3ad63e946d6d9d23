package org.civitas.places;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * District boundaries as GeoJSON (RFC 7946: a FeatureCollection of Polygon or MultiPolygon features in WGS 84, as a
 * GIS exports them) read into JTS geometries, and a pin tested against them. A feature names its district by a
 * {@code code} property (the district's code), else by {@code name} or {@code nom} (its name). Whatever is not
 * boundaries (another geometry, a ring that does not close, a shape that crosses itself, a point out of range) is
 * refused with the feature's number and the reason, never stored half-read.
 */
public final class Boundaries {

    /** A town has tens of districts; a file with more features is not a town's districts. */
    public static final int MAX_FEATURES = 500;

    private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

    private Boundaries() {
    }

    /** One feature of the file: the district it names and its shape. */
    public record Boundary(String code, String name, Geometry shape, String geometryJson) {

        public Envelope box() {
            return shape.getEnvelopeInternal();
        }
    }

    public static List<Boundary> read(String geoJson) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(geoJson == null ? "" : geoJson))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BoundariesRejectedException("places.boundaries.notJson");
        }
        if (!"FeatureCollection".equals(root.getString("type", "")) || !(root.get("features") instanceof JsonArray features)) {
            throw new BoundariesRejectedException("places.boundaries.notCollection");
        }
        if (features.isEmpty() || features.size() > MAX_FEATURES) {
            throw new BoundariesRejectedException("places.boundaries.count", MAX_FEATURES);
        }
        List<Boundary> read = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            read.add(feature(features.get(i), i + 1));
        }
        return read;
    }

    private static Boundary feature(JsonValue value, int number) {
        if (!(value instanceof JsonObject feature) || !(feature.get("geometry") instanceof JsonObject geometry)) {
            throw new BoundariesRejectedException("places.boundaries.noGeometry", number);
        }
        JsonObject properties = feature.get("properties") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
        String code = text(properties, "code");
        String name = text(properties, "name");
        if (name == null) {
            name = text(properties, "nom");
        }
        if (code == null && name == null) {
            throw new BoundariesRejectedException("places.boundaries.unnamed", number);
        }
        Geometry shape;
        try {
            shape = switch (geometry.getString("type", "")) {
                case "Polygon" -> polygon(geometry.getJsonArray("coordinates"));
                case "MultiPolygon" -> {
                    JsonArray parts = geometry.getJsonArray("coordinates");
                    Polygon[] polygons = new Polygon[parts.size()];
                    for (int i = 0; i < polygons.length; i++) {
                        polygons[i] = polygon(parts.getJsonArray(i));
                    }
                    yield GEOMETRIES.createMultiPolygon(polygons);
                }
                default -> throw new BoundariesRejectedException("places.boundaries.notPolygon", number);
            };
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new BoundariesRejectedException("places.boundaries.badCoordinates", number);
        }
        if (shape.isEmpty() || !shape.isValid()) {
            throw new BoundariesRejectedException("places.boundaries.invalidShape", number);
        }
        return new Boundary(code, name, shape, geometry.toString());
    }

    private static String text(JsonObject properties, String key) {
        JsonValue value = properties.get(key);
        String text = value == null ? null : switch (value.getValueType()) {
            case STRING -> properties.getString(key);
            case NUMBER -> value.toString();
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A polygon: its outer ring, then its holes, each ring closed, with at least four positions. */
    private static Polygon polygon(JsonArray rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("no ring");
        }
        LinearRing shell = ring(rings.getJsonArray(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.getJsonArray(i));
        }
        return GEOMETRIES.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonArray positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonArray position = positions.getJsonArray(i);
            double lon = ((JsonNumber) position.get(0)).doubleValue();
            double lat = ((JsonNumber) position.get(1)).doubleValue();
            if (!Points.valid(lat, lon)) {
                throw new IllegalArgumentException("out of range");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        // createLinearRing refuses a ring that is not closed or has fewer than four positions
        return GEOMETRIES.createLinearRing(coordinates);
    }

    /** A stored geometry (GeoJSON) read back; null if it no longer reads. */
    public static Geometry shape(String geometryJson) {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"x\"},\"geometry\":" + geometryJson + "}]}";
        try {
            return read(collection).get(0).shape();
        } catch (BoundariesRejectedException e) {
            return null;
        }
    }

    /** Whether the shape holds the point (its edge included). */
    public static boolean holds(Geometry shape, double latitude, double longitude) {
        return shape != null && Points.valid(latitude, longitude)
                && shape.covers(GEOMETRIES.createPoint(new Coordinate(longitude, latitude)));
    }

    /** A name as matched against districts' names: case and spaces aside. */
    public static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
