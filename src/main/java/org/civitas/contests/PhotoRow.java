package org.civitas.contests;

import java.time.Instant;

/** A contest photo's row as {@link ContestReader} reads it; {@link #entry} hides the standings until the results. */
public record PhotoRow(long id, long contestId, String contestTitle, String title, String place, String credit,
                       Licence licence, int width, int height, Instant submittedAt, Instant approvedAt, int votes,
                       int juryTotal, int juryCount, Integer juryRank, boolean publicPrize, PhotoStatus status,
                       String rejectionReason, Instant resultsAt) {

    PhotoEntry entry() {
        boolean out = resultsAt != null;
        return new PhotoEntry(id, contestId, contestTitle, title, place, credit, licence, width, height,
                submittedAt, approvedAt, out ? votes : null,
                out && juryCount > 0 ? Math.round(10.0 * juryTotal / juryCount) / 10.0 : null,
                out ? juryRank : null, out && publicPrize, status, rejectionReason);
    }
}
