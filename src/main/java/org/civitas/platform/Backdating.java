package org.civitas.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writing what happened before now: the demo town's story, seeded at start-up as if it had taken place over the past
 * weeks. While a thread works {@link #at} a moment, the application's clock ({@link ClockProducer}) tells that moment
 * to that thread only, so that every service, reaction and audit line it runs stamps the story's time (a vote's day
 * line, the step of a proposal's history, an answer, a notification); other threads (requests, timers) keep the real
 * time. Nothing leaves the portal for a backdated change: {@code MailOutbox} queues no mail while {@link #isActive},
 * since nobody is to be told today of a past that was only seeded.
 */
public final class Backdating {

    private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();

    private Backdating() {
    }

    /** Runs {@code work} on this thread with the clock at {@code moment}; the clock is released after, whatever happens. */
    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant outer = MOMENT.get();
        MOMENT.set(Objects.requireNonNull(moment, "moment"));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                MOMENT.remove();
            } else {
                MOMENT.set(outer);
            }
        }
    }

    public static void at(Instant moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    /** Whether this thread is writing the past. */
    public static boolean isActive() {
        return MOMENT.get() != null;
    }

    /** The moment this thread works at, or null for the real time. */
    static Instant moment() {
        return MOMENT.get();
    }
}
