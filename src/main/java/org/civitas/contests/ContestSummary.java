package org.civitas.contests;

import org.civitas.platform.Paragraphs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contest as pages and the API show it, with its phase today and its number of approved photos. */
public record ContestSummary(long id, String title, String theme, String rules, LocalDate submissionsOn,
                             LocalDate votingOn, LocalDate juryOn, int photosPerAccount, int votesPerAccount,
                             int prizes, ContestPhase phase, long photoCount, int jurorCount, Instant resultsAt) {

    /** The last day of submissions (the day before the vote opens). */
    public LocalDate submissionsUntil() {
        return votingOn.minusDays(1);
    }

    /** The last day of the public vote. */
    public LocalDate votingUntil() {
        return juryOn.minusDays(1);
    }

    /** The rules as paragraphs and links, never markup. */
    public List<List<Paragraphs.Piece>> rulesParagraphs() {
        return Paragraphs.of(rules);
    }

    public boolean isSubmitting() {
        return phase == ContestPhase.SUBMISSIONS;
    }

    public boolean isVoting() {
        return phase == ContestPhase.VOTING;
    }

    public boolean isResults() {
        return phase == ContestPhase.RESULTS;
    }
}
