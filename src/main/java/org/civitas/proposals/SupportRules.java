package org.civitas.proposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.accounts.AccountService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The support threshold in force: its settings, and the number of registered citizens, counted at most once a
 * minute (a vote must not count 500,000 accounts; a threshold a minute late is still right).
 */
@ApplicationScoped
public class SupportRules {

    private static final Duration RECOUNT_AFTER = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "civitas.threshold.percent", defaultValue = "1.0")
    private double percent;

    @Inject
    @ConfigProperty(name = "civitas.threshold.floor", defaultValue = "25")
    private int floor;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    private volatile long citizens = -1;
    private volatile Instant countedAt = Instant.EPOCH;

    public SupportThreshold threshold() {
        return new SupportThreshold(percent, floor);
    }

    public long requiredVotes() {
        Instant now = clock.instant();
        if (citizens < 0 || Duration.between(countedAt, now).compareTo(RECOUNT_AFTER) > 0) {
            citizens = accounts.countActive();
            countedAt = now;
        }
        return threshold().required(citizens);
    }
}
