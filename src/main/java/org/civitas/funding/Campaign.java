package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A funding campaign on a proposal or a budget project: what it is for, its goal (cents), its closing day (the last
 * day pledges are taken, in the town's time), its kind and mode, its status, and its totals. The totals
 * ({@code raised_cents}, {@code backers}) are never set through the entity: they change by bulk updates with each
 * pledge counted or uncounted ({@link FundingStore}), so that concurrent pledges add up exactly; the figures at
 * closing are kept ({@code final_*}) whatever happens to the pledges after.
 */
@Entity
@Table(name = "funding_campaign")
public class Campaign extends ChangeTrackedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 16, updatable = false)
    private TargetKind targetKind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private CampaignKind kind;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "purpose", nullable = false, length = 4000)
    private String purpose;

    @Column(name = "goal_cents", nullable = false)
    private long goalCents;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 20)
    private FundingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private CampaignStatus status;

    // Written by bulk updates only (FundingStore.count); read-only here
    @Column(name = "raised_cents", nullable = false, insertable = true, updatable = false)
    private long raisedCents;

    @Column(name = "backers", nullable = false, insertable = true, updatable = false)
    private int backers;

    @Column(name = "provider_url", length = 500)
    private String providerUrl;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "final_cents")
    private Long finalCents;

    @Column(name = "final_backers")
    private Integer finalBackers;

    protected Campaign() {
    }

    Campaign(TargetKind targetKind, long targetId, long createdBy, Instant now) {
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = CampaignStatus.OPEN;
    }

    void change(CampaignDraft draft) {
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.purpose = draft.purpose().strip();
        this.goalCents = draft.goalCents();
        this.closesOn = draft.closesOn();
        this.mode = draft.kind().collectedHere() ? draft.mode() : FundingMode.KEEP_WHAT_IS_RAISED;
        this.providerUrl = draft.providerUrl() == null || draft.providerUrl().isBlank() ? null
                : draft.providerUrl().strip();
    }

    /** Closes it with the totals counted now. */
    void close(CampaignStatus outcome, long raised, int counted, Instant now) {
        this.status = outcome;
        this.closedAt = now;
        this.finalCents = raised;
        this.finalBackers = counted;
    }

    /** Whether the goal is reached by what is counted now. */
    public boolean goalReached() {
        return raisedCents >= goalCents;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public long getGoalCents() {
        return goalCents;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public FundingMode getMode() {
        return mode;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public long getRaisedCents() {
        return raisedCents;
    }

    public int getBackers() {
        return backers;
    }

    public String getProviderUrl() {
        return providerUrl;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getFinalCents() {
        return finalCents;
    }

    public Integer getFinalBackers() {
        return finalBackers;
    }
}
