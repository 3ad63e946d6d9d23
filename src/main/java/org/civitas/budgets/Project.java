package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;

/**
 * An idea as the technical review assessed it: a project when feasible (with the services' title and cost), a public
 * reason when not, the project it joined when merged. One per idea; fixed once the budget's projects are published.
 */
@Entity
@Table(name = "budget_project")
public class Project extends ChangeTrackedEntity {

    @Column(name = "budget_id", nullable = false, updatable = false)
    private long budgetId;

    @Column(name = "envelope_id", nullable = false, updatable = false)
    private long envelopeId;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private long ideaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 16)
    private Verdict verdict;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "cost")
    private Long cost;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "reviewed_by", nullable = false)
    private long reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected Project() {
    }

    Project(long budgetId, long envelopeId, long ideaId) {
        this.budgetId = budgetId;
        this.envelopeId = envelopeId;
        this.ideaId = ideaId;
    }

    void assess(Verdict verdict, String title, Long cost, String reason, Long mergedIntoId, long officialId,
                Instant now) {
        this.verdict = verdict;
        this.title = title;
        this.cost = verdict == Verdict.FEASIBLE ? cost : null;
        this.reason = reason;
        this.mergedIntoId = verdict == Verdict.MERGED ? mergedIntoId : null;
        this.reviewedBy = officialId;
        this.reviewedAt = now;
    }

    public long getBudgetId() {
        return budgetId;
    }

    public long getEnvelopeId() {
        return envelopeId;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getTitle() {
        return title;
    }

    /** The services' cost, whole euros; null unless feasible. */
    public Long getCost() {
        return cost;
    }

    /** Null when none was given (a feasible project may have none). */
    public String getReason() {
        return reason;
    }

    /** The project a merged idea joined; null otherwise. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
