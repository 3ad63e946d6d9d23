package org.civitas.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private final LockoutPolicy policy = LockoutPolicy.PER_EMAIL;

    private static List<Instant> failuresEvery(Duration step, int count) {
        List<Instant> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(T0.plus(step.multipliedBy(i)));
        }
        return list;
    }

    @Test
    void fourFailuresDoNotLock() {
        List<Instant> failures = failuresEvery(Duration.ofSeconds(10), 4);
        assertEquals(Optional.empty(), policy.lockedUntil(failures, T0.plusSeconds(40)));
    }

    @Test
    void fifthFailureWithinFifteenMinutesLocksForFifteenMinutesFromIt() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(3), 5); // last at +12 min
        Instant fifth = T0.plus(Duration.ofMinutes(12));
        assertEquals(Optional.of(fifth.plus(Duration.ofMinutes(15))), policy.lockedUntil(failures, fifth));
        assertTrue(policy.lockedUntil(failures, fifth.plus(Duration.ofMinutes(14))).isPresent());
    }

    @Test
    void lockEndsAfterFifteenMinutes() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(1), 5);
        Instant fifth = T0.plus(Duration.ofMinutes(4));
        assertEquals(Optional.empty(), policy.lockedUntil(failures, fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void fiveFailuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(4), 5); // spread over 16 minutes
        assertEquals(Optional.empty(), policy.lockedUntil(failures, T0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void orderOfFailuresDoesNotMatter() {
        List<Instant> failures = new ArrayList<>(failuresEvery(Duration.ofSeconds(30), 5));
        java.util.Collections.reverse(failures);
        assertTrue(policy.lockedUntil(failures, T0.plusSeconds(150)).isPresent());
    }

    @Test
    void latestQualifyingFailureDecidesTheEnd() {
        List<Instant> failures = new ArrayList<>(failuresEvery(Duration.ofMinutes(1), 5));
        failures.add(T0.plus(Duration.ofMinutes(10))); // a sixth failure, still within the window of the 2nd
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(25))),
                policy.lockedUntil(failures, T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void ipPolicyLocksAtTwenty() {
        LockoutPolicy ip = LockoutPolicy.PER_IP;
        assertEquals(Optional.empty(), ip.lockedUntil(failuresEvery(Duration.ofSeconds(5), 19), T0.plusSeconds(100)));
        assertTrue(ip.lockedUntil(failuresEvery(Duration.ofSeconds(5), 20), T0.plusSeconds(100)).isPresent());
    }

    @Test
    void horizonCoversWindowAndLockout() {
        assertEquals(T0.minus(Duration.ofMinutes(30)), policy.horizon(T0));
    }
}
