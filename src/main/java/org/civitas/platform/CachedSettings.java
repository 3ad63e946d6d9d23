package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Settings that every page or response reads (the town's name, colour and public address): kept here for
 * {@link #FRESH} so that a page does not query them each time it renders. A change on this server is seen at once
 * (its {@link SettingChanged} drops the copy once committed); another server of a cluster sees it within
 * {@link #FRESH}.
 */
@ApplicationScoped
public class CachedSettings {

    static final Duration FRESH = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(CachedSettings.class.getName());

    private record Copy(Optional<String> value, Instant readAt) {
    }

    private final Map<String, Copy> copies = new ConcurrentHashMap<>();

    @Inject
    private SettingsService settings;

    /** The setting's value, or empty when no administrator has set it. */
    public Optional<String> value(String key) {
        Instant now = Instant.now();
        Copy copy = copies.get(key);
        if (copy == null || copy.readAt().plus(FRESH).isBefore(now)) {
            try {
                copy = new Copy(settings.find(key).map(Setting::getValue), now);
            } catch (RuntimeException e) {
                // The database is unreachable: every response reads these (security headers, the layout), and must
                // still answer (the health check says 503, pages their error): the last copy, else the default.
                LOG.warning(() -> "Setting " + key + " unreadable, the last value kept: " + e);
                return copy == null ? Optional.empty() : copy.value();
            }
            copies.put(key, copy);
        }
        return copy.value();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingChanged change) {
        copies.remove(change.key());
    }
}
