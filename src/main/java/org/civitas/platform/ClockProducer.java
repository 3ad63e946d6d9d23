package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * One clock for the whole application, in UTC, so that rules about time (lockouts, closing dates) can be tested: the
 * system's time, except on a thread that writes the past ({@link Backdating}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new ApplicationClock(ZoneOffset.UTC);
    }

    /** The system's clock, or the moment {@link Backdating} holds for the current thread. */
    static final class ApplicationClock extends Clock {

        private final ZoneId zone;

        ApplicationClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            Instant backdated = Backdating.moment();
            return backdated == null ? Instant.now() : backdated;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new ApplicationClock(other);
        }
    }
}
