package org.civitas.watch;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of a source brought: the items, where to start next time (a Mastodon {@code since_id}; null keeps the
 * last), the feed's validators for a conditional request next time, and the earliest moment the network wants to be
 * asked again (its rate-limit headers; null when it said nothing).
 */
public record Harvest(List<Found> found, String cursor, String etag, String lastModified, Instant notBefore) {

    public static Harvest of(List<Found> found) {
        return new Harvest(found, null, null, null, null);
    }

    public Harvest withNotBefore(Instant instant) {
        return new Harvest(found, cursor, etag, lastModified, instant);
    }
}
