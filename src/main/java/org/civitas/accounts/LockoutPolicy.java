package org.civitas.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When too many failed sign-ins lock further attempts out: {@code maxFailures} failures within {@code window}
 * lock for {@code lockout} counted from the failure that reached the limit. Attempts refused during a lockout are
 * not failures (they never reach the password check), so a lockout ends on time however hard someone knocks.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockout) {

    /** 5 failures for one email within 15 minutes lock it for 15 minutes. */
    public static final LockoutPolicy PER_EMAIL = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** An address trying many emails is locked at a higher limit (the limit is a setting: see SignInGuard). */
    public static final LockoutPolicy PER_IP = new LockoutPolicy(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || window.isNegative() || lockout.isNegative()) {
            throw new IllegalArgumentException("maxFailures >= 1 and positive durations expected");
        }
    }

    /** How far back failures can matter at a given instant. */
    public Instant horizon(Instant now) {
        return now.minus(window).minus(lockout);
    }

    /** The instant until which attempts are refused, if they are refused now. */
    public Optional<Instant> lockedUntil(Collection<Instant> failures, Instant now) {
        if (failures.size() < maxFailures) {
            return Optional.empty();
        }
        List<Instant> sorted = failures.stream().sorted().toList();
        Instant until = null;
        for (int last = maxFailures - 1; last < sorted.size(); last++) {
            Instant first = sorted.get(last - maxFailures + 1);
            Instant reached = sorted.get(last);
            if (Duration.between(first, reached).compareTo(window) <= 0) {
                Instant candidate = reached.plus(lockout);
                if (until == null || candidate.isAfter(until)) {
                    until = candidate;
                }
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
