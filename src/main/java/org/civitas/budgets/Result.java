package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civitas.budgets.results.Reason;

import java.time.Instant;

/** A project's result in its envelope's count: its votes (paper ones among them), whether it is funded, and why not. */
@Entity
@Table(name = "budget_result")
public class Result {

    @Id
    @Column(name = "project_id")
    private long projectId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "envelope_id", nullable = false)
    private long envelopeId;

    @Column(name = "votes", nullable = false)
    private int votes;

    @Column(name = "paper_votes", nullable = false)
    private int paperVotes;

    @Column(name = "selected", nullable = false)
    private boolean selected;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 32)
    private Reason reason;

    @Column(name = "money_left")
    private Long moneyLeft;

    @Column(name = "funded_rank")
    private Integer fundedRank;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected Result() {
    }

    Result(long projectId, long envelopeId, int votes, int paperVotes, Reason reason, Long moneyLeft, Integer fundedRank) {
        this.projectId = projectId;
        this.envelopeId = envelopeId;
        this.votes = votes;
        this.paperVotes = paperVotes;
        this.selected = reason == Reason.SELECTED;
        this.reason = reason;
        this.moneyLeft = moneyLeft;
        this.fundedRank = fundedRank;
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        changedAt = Instant.now();
    }

    public long getProjectId() {
        return projectId;
    }

    public int getVotes() {
        return votes;
    }

    public int getPaperVotes() {
        return paperVotes;
    }

    public boolean isSelected() {
        return selected;
    }

    public Reason getReason() {
        return reason;
    }

    /** The money left when the project was passed over; null when funded or never reached. */
    public Long getMoneyLeft() {
        return moneyLeft;
    }
}
