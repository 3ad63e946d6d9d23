package org.civitas.votes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.LocalDate;

/**
 * One proposal's votes on one day (in the town's time zone): cast FOR, cast AGAINST (new or changed), withdrawn.
 * No account: it can be published as it is.
 */
@Entity
@Table(name = "vote_day")
public class VoteDay extends ChangeTrackedEntity {

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

    protected VoteDay() {
    }

    VoteDay(long proposalId, LocalDate date) {
        this.proposalId = proposalId;
        this.date = date;
    }

    /** Counts one vote's effect, as the tallies' deltas say it: a vote cast or changed, or a vote withdrawn. */
    void count(int deltaFor, int deltaAgainst) {
        if (deltaFor > 0) {
            votesFor++;
        } else if (deltaAgainst > 0) {
            votesAgainst++;
        } else if (deltaFor < 0 || deltaAgainst < 0) {
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
}
