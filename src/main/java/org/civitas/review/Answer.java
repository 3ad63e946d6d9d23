package org.civitas.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;
import org.civitas.proposals.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An official's public answer to a proposal. Never edited: a later decision is a new answer. */
@Entity
@Table(name = "answer")
public class Answer extends BaseEntity {

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    /** The step of the proposal's history this answer made (set once, in the answer's transaction). */
    @Column(name = "status_change_id")
    private Long statusChangeId;

    @Column(name = "official_id", nullable = false, updatable = false)
    private long officialId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, updatable = false)
    private ProposalStatus decision;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "cost_estimate", updatable = false)
    private BigDecimal costEstimate;

    @Column(name = "planned_on", updatable = false)
    private LocalDate plannedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Answer() {
    }

    Answer(long proposalId, long officialId, AnswerForm form, Instant now) {
        this.proposalId = proposalId;
        this.officialId = officialId;
        this.decision = form.decision();
        this.body = form.body().strip();
        this.costEstimate = form.costEstimate();
        this.plannedOn = form.plannedOn();
        this.createdAt = now;
    }

    /** Links the answer to the step of the proposal's history its decision made. */
    void madeStep(long statusChangeId) {
        if (this.statusChangeId != null) {
            throw new IllegalStateException("Answer " + getId() + " already made step " + this.statusChangeId);
        }
        this.statusChangeId = statusChangeId;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getOfficialId() {
        return officialId;
    }

    public ProposalStatus getDecision() {
        return decision;
    }

    public String getBody() {
        return body;
    }

    public BigDecimal getCostEstimate() {
        return costEstimate;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
