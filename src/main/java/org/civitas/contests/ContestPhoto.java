package org.civitas.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.civitas.proposals.PhotoProcessor;
import org.civitas.proposals.StoredPhoto;

import java.time.Instant;

/**
 * A photo submitted to a contest: its pixels as the photo pipeline stored them, what its author said of it, the
 * moderator's decision, and its figures (votes, the jury's total and number of scores) kept in the transaction of
 * each vote and score by bulk updates, which leave its version and change time alone: open data's change feed and
 * validators see nothing move while the standings are secret. Its ranks are written when the results are published.
 */
@Entity
@Table(name = "contest_photo")
public class ContestPhoto extends StoredPhoto {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "slot")
    private Integer slot;

    @Column(name = "title", nullable = false, length = 120)
    private String title;

    @Column(name = "place_label", length = 120)
    private String place;

    @Column(name = "credit", nullable = false, length = 120)
    private String credit;

    @Enumerated(EnumType.STRING)
    @Column(name = "licence", nullable = false, length = 20)
    private Licence licence;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PhotoStatus status;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "vote_count", nullable = false)
    private int voteCount;

    @Column(name = "jury_total", nullable = false)
    private int juryTotal;

    @Column(name = "jury_count", nullable = false)
    private int juryCount;

    @Column(name = "jury_rank")
    private Integer juryRank;

    @Column(name = "public_prize", nullable = false)
    private boolean publicPrize;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ContestPhoto() {
    }

    ContestPhoto(long contestId, long accountId, int slot, PhotoSubmission submission,
                 PhotoProcessor.Processed processed, Instant now) {
        super(processed, now);
        this.contestId = contestId;
        this.accountId = accountId;
        this.slot = slot;
        this.title = submission.title();
        this.place = submission.place();
        this.credit = submission.credit();
        this.licence = submission.licence();
        this.consentAt = now;
        this.status = PhotoStatus.PENDING;
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        changedAt = Instant.now();
    }

    /**
     * A moderator's decision: approved (public from now on, its slot kept), or rejected with a reason its author
     * reads (its slot given back, so that the author may submit another). A rejected photo may be approved later.
     */
    void decide(boolean approve, String reason, Long moderator, int freeSlot, Instant now) {
        this.status = approve ? PhotoStatus.APPROVED : PhotoStatus.REJECTED;
        this.rejectionReason = approve ? null : reason;
        this.moderatedAt = now;
        this.moderatedBy = moderator;
        if (approve && approvedAt == null) {
            approvedAt = now;
        }
        this.slot = approve ? (slot == null ? freeSlot : slot) : null;
    }

    /**
     * Its author's account was deleted: the photo leaves every public place (rejected, its slot given back) and its
     * pixels and words are forgotten; the row stays so that open data's change feed withdraws it.
     */
    void erased(Instant now) {
        erasePixels();
        this.status = PhotoStatus.REJECTED;
        this.rejectionReason = ContestReactions.DELETED;
        this.title = "—";
        this.place = null;
        this.credit = "—";
        this.slot = null;
        this.moderatedAt = now;
        this.moderatedBy = null;
    }

    void voted(int delta) {
        voteCount += delta;
    }

    /** A juror's score given ({@code previous} null) or changed. */
    void scored(Integer previous, int score) {
        juryTotal += score - (previous == null ? 0 : previous);
        juryCount += previous == null ? 1 : 0;
    }

    void ranked(Integer juryRank, boolean publicPrize) {
        this.juryRank = juryRank;
        this.publicPrize = publicPrize;
    }

    public long getContestId() {
        return contestId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Integer getSlot() {
        return slot;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public String getCredit() {
        return credit;
    }

    public Licence getLicence() {
        return licence;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public PhotoStatus getStatus() {
        return status;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public int getVoteCount() {
        return voteCount;
    }

    public int getJuryTotal() {
        return juryTotal;
    }

    public int getJuryCount() {
        return juryCount;
    }

    public Integer getJuryRank() {
        return juryRank;
    }

    public boolean isPublicPrize() {
        return publicPrize;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
