package org.civitas.opendata;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Cursors survive their trip through a next link, and anything else is refused. */
class CursorTest {

    @Test
    void aCursorReadsBackAsWritten() {
        Cursor byKey = Cursor.decode(new Cursor(null, null, 4242).encode(false));
        assertNull(byKey.changed());
        assertNull(byKey.asOf());
        assertEquals(4242, byKey.key());
        Instant asOf = Instant.parse("2026-11-22T03:15:00Z");
        Cursor full = Cursor.decode(new Cursor(asOf, null, 99).encode(false));
        assertEquals(asOf, full.asOf());
        assertEquals(99, full.key());
        Instant at = Instant.parse("2026-11-22T03:12:45.123Z");
        Cursor byChange = Cursor.decode(new Cursor(asOf, at, 7).encode(true));
        assertEquals(at, byChange.changed());
        assertEquals(asOf, byChange.asOf());
        assertEquals(7, byChange.key());
    }

    /** Issue 19 (1): a cursor kept milliseconds while rows are stamped to the microsecond: pages repeated rows, or one. */
    @Test
    void aCursorKeepsTheChangeTimeToTheNanosecond() {
        Instant asOf = Instant.parse("2026-11-22T03:15:00Z");
        for (Instant at : new Instant[] {Instant.parse("2026-11-22T03:12:45.123456Z"),
                Instant.parse("2026-11-22T03:12:45.123456789Z"), Instant.parse("2026-11-22T03:12:45Z"),
                Instant.parse("1969-12-31T23:59:59.5Z")}) {
            assertEquals(at, Cursor.decode(new Cursor(asOf, at, 7).encode(true)).changed());
        }
    }

    @Test
    void somethingElseIsNotACursor() {
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode("%%%"));
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode("bm90LWEtbnVtYmVy"));
        for (String raw : new String[] {"c:1.0:2.0", "c:1:2:3", "c:1.0:2.1000000000:3", "x:1.0:3", "c:1.0:2.-1:3", ""}) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
            assertThrows(IllegalArgumentException.class, () -> Cursor.decode(token), raw);
        }
    }

    @Test
    void everyDatasetIsFoundByItsPathAndNothingElseIs() {
        for (Dataset d : Dataset.values()) {
            assertEquals(d, Dataset.byPath(d.path()).orElseThrow());
        }
        assertEquals(Optional.empty(), Dataset.byPath("accounts"));
        assertEquals(Optional.empty(), Dataset.byPath(null));
    }
}
