package org.civitas.opendata;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Thirty days are kept: today and the 29 before it. */
class SnapshotsTest {

    @Test
    void snapshotsOlderThanThirtyDaysExpire() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<Path> zips = new ArrayList<>();
        for (int age = 0; age < 40; age++) {
            zips.add(Path.of("/tmp/" + Snapshots.PREFIX + today.minusDays(age) + ".zip"));
        }
        List<Path> expired = Snapshots.expired(zips, today);
        assertEquals(10, expired.size());
        assertEquals(today.minusDays(30), Snapshots.dateOf(expired.get(0)));
        assertEquals(today.minusDays(39), Snapshots.dateOf(expired.get(9)));
    }
}
