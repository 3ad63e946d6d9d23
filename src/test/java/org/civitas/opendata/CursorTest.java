package org.civitas.opendata;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Cursors survive their trip through a next link, and anything else is refused. */
class CursorTest {

    @Test
    void aCursorReadsBackAsWritten() {
        Cursor byKey = Cursor.decode(new Cursor(null, 4242).encode(false));
        assertNull(byKey.changed());
        assertEquals(4242, byKey.key());
        Instant at = Instant.parse("2026-11-22T03:12:45.123Z");
        Cursor byChange = Cursor.decode(new Cursor(at, 7).encode(true));
        assertEquals(at, byChange.changed());
        assertEquals(7, byChange.key());
    }

    @Test
    void somethingElseIsNotACursor() {
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode("%%%"));
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode("bm90LWEtbnVtYmVy"));
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
