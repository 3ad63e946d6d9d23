package org.civitas.votes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupportThresholdTest {

    @Test
    void onePercentOfCitizensRoundedUp() {
        SupportThreshold threshold = new SupportThreshold(1.0, 1);
        assertEquals(5_120, threshold.required(512_000));
        assertEquals(2, threshold.required(150));
        assertEquals(1, threshold.required(100));
    }

    @Test
    void floorAppliesWhileThePortalIsSmall() {
        SupportThreshold threshold = SupportThreshold.DEFAULT;
        assertEquals(25, threshold.required(0));
        assertEquals(25, threshold.required(2_000));
        assertEquals(30, threshold.required(3_000));
    }

    @Test
    void reachedAtExactlyTheRequiredCount() {
        SupportThreshold threshold = new SupportThreshold(1.0, 25);
        assertFalse(threshold.isReached(24, 100));
        assertTrue(threshold.isReached(25, 100));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SupportThreshold(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new SupportThreshold(101, 10));
        assertThrows(IllegalArgumentException.class, () -> new SupportThreshold(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SupportThreshold(Double.NaN, 10));
    }
}
