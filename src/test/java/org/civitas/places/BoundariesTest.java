package org.civitas.places;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundariesTest {

    private static final String SQUARE = "[[[6.0,47.0],[6.1,47.0],[6.1,47.1],[6.0,47.1],[6.0,47.0]]]";

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String feature(String properties, String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\"" + type
                + "\",\"coordinates\":" + coordinates + "}}";
    }

    @Test
    void aPolygonHoldsThePointsInsideItAndOnItsEdgeButNotOutside() {
        Boundaries.Boundary square = Boundaries.read(collection(feature("{\"code\":\"centre\"}", "Polygon", SQUARE))).get(0);
        assertEquals("centre", square.code());
        assertTrue(Boundaries.holds(square.shape(), 47.05, 6.05));
        assertTrue(Boundaries.holds(square.shape(), 47.0, 6.05), "its edge");
        assertFalse(Boundaries.holds(square.shape(), 47.05, 6.2));
        assertFalse(Boundaries.holds(square.shape(), Double.NaN, 6.05));
        assertEquals(47.0, square.box().getMinY());
        assertEquals(6.1, square.box().getMaxX());
    }

    @Test
    void aHoleAndAMultiPolygonAreRead() {
        String holed = "[[[6.0,47.0],[6.1,47.0],[6.1,47.1],[6.0,47.1],[6.0,47.0]],"
                + "[[6.04,47.04],[6.06,47.04],[6.06,47.06],[6.04,47.06],[6.04,47.04]]]";
        List<Boundaries.Boundary> read = Boundaries.read(collection(feature("{\"nom\":\"Battant\"}", "Polygon", holed),
                feature("{\"name\":\"Îles\",\"code\":12}", "MultiPolygon", "[" + SQUARE.replace("6.", "7.") + "]")));
        assertEquals("Battant", read.get(0).name());
        assertNull(read.get(0).code());
        assertFalse(Boundaries.holds(read.get(0).shape(), 47.05, 6.05), "in the hole");
        assertTrue(Boundaries.holds(read.get(0).shape(), 47.02, 6.02));
        assertEquals("12", read.get(1).code(), "a number as a code");
        assertTrue(Boundaries.holds(read.get(1).shape(), 47.05, 7.05));
        assertTrue(Boundaries.holds(Boundaries.shape(read.get(1).geometryJson()), 47.05, 7.05), "read back as stored");
    }

    @Test
    void whatIsNotBoundariesIsRefusedWithTheFeatureAndTheReason() {
        assertKey("places.boundaries.notJson", "{oops");
        assertKey("places.boundaries.notCollection", "{\"type\":\"Feature\"}");
        assertKey("places.boundaries.count", collection());
        assertKey("places.boundaries.noGeometry", collection("{\"type\":\"Feature\",\"properties\":{\"code\":\"a\"}}"));
        assertKey("places.boundaries.unnamed", collection(feature("{}", "Polygon", SQUARE)));
        assertKey("places.boundaries.notPolygon", collection(feature("{\"code\":\"a\"}", "Point", "[6.0,47.0]")));
        assertKey("places.boundaries.badCoordinates", collection(feature("{\"code\":\"a\"}", "Polygon",
                "[[[6.0,47.0],[6.1,47.0],[6.1,47.1]]]")));
        assertKey("places.boundaries.badCoordinates", collection(feature("{\"code\":\"a\"}", "Polygon",
                SQUARE.replace("47.1", "97.1"))));
        assertKey("places.boundaries.badCoordinates", collection(feature("{\"code\":\"a\"}", "Polygon", "[[[\"x\",1]]]")));
        assertKey("places.boundaries.invalidShape", collection(feature("{\"code\":\"a\"}", "Polygon",
                "[[[6.0,47.0],[6.1,47.1],[6.1,47.0],[6.0,47.1],[6.0,47.0]]]")));
        BoundariesRejectedException second = assertThrows(BoundariesRejectedException.class, () -> Boundaries.read(
                collection(feature("{\"code\":\"a\"}", "Polygon", SQUARE), feature("{\"code\":\"b\"}", "LineString", "[]"))));
        assertEquals(2, second.getArguments()[0], "the feature's number");
    }

    private static void assertKey(String key, String json) {
        assertEquals(key, assertThrows(BoundariesRejectedException.class, () -> Boundaries.read(json)).getMessageKey());
    }
}
