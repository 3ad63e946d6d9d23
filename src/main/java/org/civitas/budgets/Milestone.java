package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A step of a funded project's delivery, posted by an official: when, what, how far along, and its status then. */
@Entity
@Table(name = "budget_milestone")
public class Milestone extends ChangeTrackedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "posted_by", nullable = false, updatable = false)
    private long postedBy;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(name = "photo_id")
    private Long photoId;

    protected Milestone() {
    }

    Milestone(long projectId, MilestoneDraft draft, long postedBy, Instant now) {
        this.projectId = projectId;
        this.happenedOn = draft.happenedOn();
        this.body = draft.body().strip();
        this.percentDone = draft.percentDone();
        this.status = draft.status();
        this.postedBy = postedBy;
        this.postedAt = now;
    }

    /** An official's correction of what the step says (its photo is changed apart). */
    void correct(MilestoneDraft draft) {
        this.happenedOn = draft.happenedOn();
        this.body = draft.body().strip();
        this.percentDone = draft.percentDone();
        this.status = draft.status();
        rewritten();
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getBody() {
        return body;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    /** Its photo's id ({@link MilestonePhoto}), or null. */
    public Long getPhotoId() {
        return photoId;
    }

    void setPhotoId(Long photoId) {
        this.photoId = photoId;
    }
}
