package org.civitas.votes;

/**
 * How many FOR votes put a proposal under review: a share of the registered citizens (1% by default, as Decide
 * Madrid does), never fewer than a floor, so that a young portal with few accounts does not send every idea to
 * the officials. Both are settings an administrator changes.
 */
public record SupportThreshold(double percentOfCitizens, int floor) {

    public static final SupportThreshold DEFAULT = new SupportThreshold(1.0, 25);

    public SupportThreshold {
        if (percentOfCitizens <= 0 || percentOfCitizens > 100 || Double.isNaN(percentOfCitizens)) {
            throw new IllegalArgumentException("percentOfCitizens must be in (0, 100]");
        }
        if (floor < 1) {
            throw new IllegalArgumentException("floor must be at least 1");
        }
    }

    /** FOR votes needed with this many registered citizens (rounded up: 1% of 150 is 2). */
    public long required(long registeredCitizens) {
        long share = (long) Math.ceil(Math.max(0, registeredCitizens) * percentOfCitizens / 100.0 - 1e-9);
        return Math.max(floor, share);
    }

    public boolean isReached(long forVotes, long registeredCitizens) {
        return forVotes >= required(registeredCitizens);
    }
}
