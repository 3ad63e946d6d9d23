package org.civitas.votes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One proposal's votes on one day (in the town's time zone): cast FOR, cast AGAINST (new or changed), withdrawn, and
 * which side the votes changed or withdrawn left, so that support can be rebuilt day by day. No account, and open data
 * publishes it only once its day is over ({@link VoteDayPublication}): a vote writes the line without stamping it, and
 * {@code changedAt} stays null until the line is published, so that nothing public tells when within a day a vote was
 * cast (issue 19).
 */
@Entity
@Table(name = "vote_day")
public class VoteDay extends BaseEntity {

    /** When the line was published, or written again after (its proposal hidden or shown); null while the day is open. */
    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "vote_date", nullable = false)
    private LocalDate date;

    @Column(name = "votes_for", nullable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false)
    private int votesAgainst;

    @Column(name = "withdrawn", nullable = false)
    private int withdrawn;

    @Column(name = "for_removed", nullable = false)
    private int forRemoved;

    @Column(name = "against_removed", nullable = false)
    private int againstRemoved;

    protected VoteDay() {
    }

    VoteDay(long proposalId, LocalDate date) {
        this.proposalId = proposalId;
        this.date = date;
    }

    /**
     * Counts one vote's effect, as the tallies' deltas say it: a vote cast (or changed to) a side, the side it left
     * (changed or withdrawn), and a withdrawal.
     */
    void count(int deltaFor, int deltaAgainst) {
        votesFor += Math.max(deltaFor, 0);
        votesAgainst += Math.max(deltaAgainst, 0);
        forRemoved += Math.max(-deltaFor, 0);
        againstRemoved += Math.max(-deltaAgainst, 0);
        if (deltaFor <= 0 && deltaAgainst <= 0 && deltaFor + deltaAgainst < 0) {
            withdrawn++;
        }
    }

    public long getProposalId() {
        return proposalId;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getWithdrawn() {
        return withdrawn;
    }

    public int getForRemoved() {
        return forRemoved;
    }

    public int getAgainstRemoved() {
        return againstRemoved;
    }
}
