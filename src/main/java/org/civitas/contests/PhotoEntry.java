package org.civitas.contests;

import java.time.Instant;

/**
 * A contest photo as it is shown: its words and size, and, once the results are out, its votes, the jury's average
 * and its prizes (null and false before: nobody reads the standings while the vote runs). {@code status} and
 * {@code rejectionReason} are for its author and the moderators.
 */
public record PhotoEntry(long id, long contestId, String contestTitle, String title, String place, String credit,
                         Licence licence, int width, int height, Instant submittedAt, Instant approvedAt,
                         Integer votes, Double juryAverage, Integer juryRank, boolean publicPrize,
                         PhotoStatus status, String rejectionReason) {

    /** Whether the photo won anything. */
    public boolean isWinner() {
        return juryRank != null || publicPrize;
    }

    /** Taller than wide. */
    public boolean isPortrait() {
        return height > width;
    }
}
