package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two kinds of limit: a lockout (failed sign-ins) and a sliding window (votes, open-data requests). */
class LimitTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    /** As sign-in counts failures of one email. */
    private final Limit lockout = new Limit("signin-email", 5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** As votes are limited: 60 a minute. */
    private final Limit sliding = Limit.of("vote", 60, Duration.ofMinutes(1));

    private static List<Instant> every(Duration step, int count) {
        List<Instant> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(T0.plus(step.multipliedBy(i)));
        }
        return list;
    }

    @Test
    void fourFailuresDoNotLock() {
        assertEquals(Optional.empty(), lockout.blockedUntil(every(Duration.ofSeconds(10), 4), T0.plusSeconds(40)));
    }

    @Test
    void fifthFailureWithinFifteenMinutesLocksForFifteenMinutesFromIt() {
        List<Instant> failures = every(Duration.ofMinutes(3), 5); // last at +12 min
        Instant fifth = T0.plus(Duration.ofMinutes(12));
        assertEquals(Optional.of(fifth.plus(Duration.ofMinutes(15))), lockout.blockedUntil(failures, fifth));
        assertTrue(lockout.blockedUntil(failures, fifth.plus(Duration.ofMinutes(14))).isPresent());
    }

    @Test
    void lockEndsAfterFifteenMinutes() {
        List<Instant> failures = every(Duration.ofMinutes(1), 5);
        Instant fifth = T0.plus(Duration.ofMinutes(4));
        assertEquals(Optional.empty(), lockout.blockedUntil(failures, fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void fiveFailuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        assertEquals(Optional.empty(), lockout.blockedUntil(every(Duration.ofMinutes(4), 5), T0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void orderOfTimesDoesNotMatter() {
        List<Instant> failures = new ArrayList<>(every(Duration.ofSeconds(30), 5));
        Collections.reverse(failures);
        assertTrue(lockout.blockedUntil(failures, T0.plusSeconds(150)).isPresent());
    }

    @Test
    void latestQualifyingFailureDecidesTheEndOfALockout() {
        List<Instant> failures = new ArrayList<>(every(Duration.ofMinutes(1), 5));
        failures.add(T0.plus(Duration.ofMinutes(10))); // a sixth failure, still within the window of the 2nd
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(25))),
                lockout.blockedUntil(failures, T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void horizonCoversWindowAndLockout() {
        assertEquals(T0.minus(Duration.ofMinutes(30)), lockout.horizon(T0));
        assertEquals(T0.minus(Duration.ofMinutes(1)), sliding.horizon(T0));
    }

    @Test
    void aSlidingWindowAllowsAgainWhenTheOldestTimeLeavesIt() {
        List<Instant> votes = every(Duration.ofMillis(500), 60); // 60 votes within 30 s
        Instant now = T0.plusSeconds(30);
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1))), sliding.blockedUntil(votes, now),
                "the 61st waits for the first to be a minute old");
        assertEquals(Optional.empty(), sliding.blockedUntil(votes.subList(0, 59), now), "59 leave room for one more");
        assertEquals(Optional.empty(), sliding.blockedUntil(votes, T0.plus(Duration.ofMinutes(1))));
    }

    @Test
    void aLimitIsNamedAndBounded() {
        assertThrows(IllegalArgumentException.class, () -> Limit.of("", 5, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> Limit.of("vote", 0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> Limit.of("vote", 5, Duration.ZERO));
    }
}
