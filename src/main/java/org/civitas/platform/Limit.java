package org.civitas.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A limit on how often something may happen to one subject (an account voting, an address asking for open data, an
 * email failing to sign in): at most {@code max} times within {@code window}. Without a {@code lockout} the window
 * slides (the next time is allowed once the oldest leaves the window); with one, reaching the limit locks the subject
 * out for {@code lockout}, counted from the time that reached it, and what is refused during a lockout is not
 * counted, so a lockout ends on time however hard someone knocks.
 */
public record Limit(String name, int max, Duration window, Duration lockout) {

    public Limit {
        if (name == null || name.isBlank() || name.length() > 40 || max < 1 || window.isNegative() || window.isZero()
                || lockout.isNegative()) {
            throw new IllegalArgumentException("a name of 40 characters at most, max >= 1 and positive durations");
        }
    }

    /** At most {@code max} times within a sliding {@code window}. */
    public static Limit of(String name, int max, Duration window) {
        return new Limit(name, max, window, Duration.ZERO);
    }

    /** How far back past times can matter now. */
    public Instant horizon(Instant now) {
        return now.minus(window).minus(lockout);
    }

    /** The instant until which the subject is refused, given its past times (within the horizon), if refused now. */
    public Optional<Instant> blockedUntil(List<Instant> times, Instant now) {
        if (times.size() < max) {
            return Optional.empty();
        }
        List<Instant> sorted = times.stream().sorted().toList();
        Instant until = null;
        for (int last = max - 1; last < sorted.size(); last++) {
            Instant first = sorted.get(last - max + 1);
            Instant reached = sorted.get(last);
            if (Duration.between(first, reached).compareTo(window) <= 0) {
                // Sliding: allowed again when the first of these leaves the window; lockout: after the lockout.
                Instant candidate = lockout.isZero() ? first.plus(window) : reached.plus(lockout);
                if (until == null || candidate.isAfter(until)) {
                    until = candidate;
                }
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
