package org.civitas.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.accounts.AccountService;
import org.civitas.platform.SettingsService;
import org.civitas.proposals.SupportGoal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The support threshold in force: its settings (changed by an administrator in the portal, else the server's
 * configuration), and the number of registered citizens. Both are read at most once a minute on each server (a vote
 * must not count 500,000 accounts; a threshold a minute late is still right).
 */
@ApplicationScoped
public class SupportRules implements SupportGoal {

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

    @Inject
    private SettingsService settings;

    private volatile long citizens = -1;
    private final AtomicBoolean recounting = new AtomicBoolean();
    private volatile Instant countedAt = Instant.EPOCH;
    private volatile SupportThreshold threshold;
    private volatile Instant readAt = Instant.EPOCH;

    static final String PERCENT_KEY = "threshold.percent";
    static final String FLOOR_KEY = "threshold.floor";

    public SupportThreshold threshold() {
        Instant now = clock.instant();
        SupportThreshold current = threshold;
        if (current == null || Duration.between(readAt, now).compareTo(RECOUNT_AFTER) > 0) {
            current = read();
            threshold = current;
            readAt = now;
        }
        return current;
    }

    /** The server's configured threshold, which applies until an administrator changes it. */
    public SupportThreshold configured() {
        return new SupportThreshold(percent, floor);
    }

    private SupportThreshold read() {
        try {
            double p = settings.find(PERCENT_KEY).map(s -> Double.parseDouble(s.getValue())).orElse(percent);
            int f = settings.find(FLOOR_KEY).map(s -> Integer.parseInt(s.getValue())).orElse(floor);
            return new SupportThreshold(p, f);
        } catch (IllegalArgumentException e) {
            return configured(); // a value no screen could have written: keep the configuration's
        }
    }

    /** Forgets what was read, after a change on this server (other servers see it within a minute). */
    public void forget() {
        threshold = null;
        citizens = -1;
    }

    /** Registered citizens, as last counted. */
    public long citizens() {
        requiredVotes();
        return citizens;
    }

    /**
     * The votes a proposal needs. When the count is a minute old, one caller counts again while the others go on
     * with the count they have: at 500,000 accounts a count takes tens of milliseconds, and every vote arriving
     * during it would otherwise count too, each holding its proposal's lock meanwhile (bench/city.sh found votes
     * queueing behind a dozen counts at once).
     */
    public long requiredVotes() {
        Instant now = clock.instant();
        if (citizens < 0) {
            synchronized (this) {
                if (citizens < 0) {
                    countedAt = now;
                    citizens = accounts.countActive();
                }
            }
        } else if (Duration.between(countedAt, now).compareTo(RECOUNT_AFTER) > 0 && recounting.compareAndSet(false, true)) {
            try {
                citizens = accounts.countActive();
                countedAt = now;
            } finally {
                recounting.set(false);
            }
        }
        return threshold().required(citizens);
    }

    @Override
    public long requiredSupports() {
        return requiredVotes();
    }
}
