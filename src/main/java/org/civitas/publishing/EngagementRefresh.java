package org.civitas.publishing;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.platform.outbox.DeliveryFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads back what the town's posts achieved: every 15 minutes, the posts published in the last
 * {@code CIVITAS_ENGAGEMENT_DAYS} days (30 by default) whose figures are older than
 * {@code CIVITAS_ENGAGEMENT_MINUTES} (60) are read from their networks, the stalest first, at most
 * {@code CIVITAS_ENGAGEMENT_BATCH} (100) a run, each network asked in turn outside any transaction, each answer written
 * in a short one. A network that says "too many requests" (429) or does not answer is left alone until the next run;
 * a post it refuses to show keeps its last figures with the reason. An administrator may run it at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngagementRefresh {

    private static final Logger LOG = Logger.getLogger(EngagementRefresh.class.getName());

    @Inject
    private PublicationService publications;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "civitas.engagement.days", defaultValue = "30")
    private int days;

    @Inject
    @ConfigProperty(name = "civitas.engagement.minutes", defaultValue = "60")
    private int minutes;

    @Inject
    @ConfigProperty(name = "civitas.engagement.batch", defaultValue = "100")
    private int batch;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What a run did: posts read, posts the networks would not show, networks left for later. */
    public record Run(int read, int refused, Set<String> postponed) {
    }

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "publications-engagement")
    void scheduled() {
        refresh(false);
    }

    /**
     * One run now; {@code all} reads every recent post whatever the age of its figures (an administrator's "refresh
     * now"). A run already under way makes this one return at once, having read nothing.
     */
    public Run refresh(boolean all) {
        if (!running.compareAndSet(false, true)) {
            return new Run(0, 0, Set.of());
        }
        try {
            Instant now = clock.instant();
            List<EngagementDue> due = publications.engagementDue(now.minus(Duration.ofDays(days)),
                    all ? now : now.minus(Duration.ofMinutes(minutes)), Math.max(1, batch));
            Map<String, CityAccount> accounts = new HashMap<>();
            publications.accounts().forEach(a -> accounts.put(a.id(), a));
            Set<String> postponed = new HashSet<>();
            int read = 0;
            int refused = 0;
            for (EngagementDue post : due) {
                if (postponed.contains(post.network())) {
                    continue;
                }
                CityAccount account = accounts.get(post.network());
                if (account == null) {
                    continue;
                }
                try {
                    Optional<Engagement> engagement = account.engagement(post.remoteId());
                    publications.engagementRead(post.id(), engagement.orElse(null),
                            engagement.isEmpty() ? "not told" : null);
                    read++;
                } catch (DeliveryFailure e) {
                    if (e.retryable()) {
                        postponed.add(post.network());
                        LOG.log(Level.INFO, "Engagement of {0} postponed: {1}",
                                new Object[]{post.network(), e.getMessage()});
                    } else {
                        publications.engagementRead(post.id(), null, e.getMessage());
                        refused++;
                    }
                }
            }
            return new Run(read, refused, postponed);
        } finally {
            running.set(false);
        }
    }
}
