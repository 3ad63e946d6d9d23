package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.civitas.places.Place;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.HideableEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A citizen's proposal. Its author is an account id (accounts are another feature, reached through its service).
 * Status changes go through {@link #moveTo}, which refuses what {@link ProposalStatus} forbids. The row also carries
 * the counters that lists sort on (votes for and against, comments): they belong to the features that count them
 * (votes writes them through its {@code ProposalTally}, comments through its {@code ProposalComments}, narrow entities on
 * this row), so this entity only reads them.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends HideableEntity {

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "body", nullable = false)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private Theme theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProposalStatus status;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "votes_for", insertable = false, updatable = false)
    private int votesFor;

    @Column(name = "votes_against", insertable = false, updatable = false)
    private int votesAgainst;

    @Column(name = "comment_count", insertable = false, updatable = false)
    private int commentCount;

    /** When FOR votes first reached the threshold (the review queue's order). */
    @Column(name = "under_review_at")
    private Instant underReviewAt;

    /** When an official first answered. */
    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The current photo, if any (see Photo). */
    @Column(name = "photo_id")
    private Long photoId;

    /** The participatory budget's envelope an idea was written for (see {@link Earmark}); null for a proposal. */
    @Column(name = "envelope_id", updatable = false)
    private Long envelopeId;

    /** An idea's cost as its author estimates it, whole euros; null for a proposal. */
    @Column(name = "estimated_cost")
    private Long estimatedCost;

    /** Where it is (see {@link Place}): both coordinates or neither, and an address whenever there is a place. */
    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "place_label")
    private String placeLabel;

    protected Proposal() {
    }

    Proposal(long authorId, ProposalDraft draft, Theme theme, District district, Instant now) {
        this.authorId = authorId;
        this.status = ProposalStatus.DRAFT;
        this.createdAt = now;
        apply(draft, theme, district, now);
    }

    /** An idea for a participatory budget: its supports close with the budget's submission phase, not after days. */
    Proposal(long authorId, ProposalDraft draft, Theme theme, District district, Earmark earmark, Instant now) {
        this(authorId, draft, theme, district, now);
        this.envelopeId = earmark.envelopeId();
        this.estimatedCost = earmark.estimatedCost();
        this.closesAt = earmark.supportsCloseAt();
    }

    /** Whether this is an idea for a participatory budget rather than a free-standing proposal. */
    public boolean isIdea() {
        return envelopeId != null;
    }

    /** Editable while nobody has reacted: a draft, or published without any vote or comment yet. */
    public boolean isEditable() {
        return status == ProposalStatus.DRAFT
                || (status == ProposalStatus.PUBLISHED && votesFor == 0 && votesAgainst == 0 && commentCount == 0);
    }

    void apply(ProposalDraft draft, Theme newTheme, District newDistrict, Instant now) {
        this.title = draft.title().strip();
        this.summary = draft.summary().strip();
        this.body = draft.body().strip();
        this.theme = newTheme;
        this.district = newDistrict;
        this.slug = Slugs.of(this.title);
        this.updatedAt = now;
    }

    /** Moves to the next status; the caller records the change in the history. */
    ProposalStatusChange moveTo(ProposalStatus next, Long byAccountId, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalTransitionException(status, next);
        }
        ProposalStatusChange change = new ProposalStatusChange(this, status, next, byAccountId, now);
        this.status = next;
        this.updatedAt = now;
        if (next == ProposalStatus.UNDER_REVIEW && underReviewAt == null) {
            underReviewAt = now;
        }
        if (next.isAnswered() && answeredAt == null) {
            answeredAt = now;
        }
        return change;
    }

    ProposalStatusChange publish(Long byAccountId, Instant now, Duration votingPeriod) {
        ProposalStatusChange change = moveTo(ProposalStatus.PUBLISHED, byAccountId, now);
        this.publishedAt = now;
        if (!isIdea()) {
            this.closesAt = now.plus(votingPeriod);
        }
        return change;
    }

    /** Hides the proposal (see HideableEntity); only this feature's services do. */
    void hide(Instant now, HiddenCause cause, String reason) {
        conceal(now, cause, reason);
    }

    void restore() {
        reveal();
    }

    void setEstimatedCost(long cost, Instant now) {
        this.estimatedCost = cost;
        this.updatedAt = now;
    }

    /** Sets the place, or with null removes it. */
    void setPlace(Place place, Instant now) {
        this.placeLabel = place == null ? null : place.label();
        this.latitude = place == null ? null : place.latitude();
        this.longitude = place == null ? null : place.longitude();
        this.updatedAt = now;
    }

    /** The place, if it has one. */
    public Optional<Place> place() {
        return placeLabel == null ? Optional.empty() : Optional.of(new Place(placeLabel, latitude, longitude));
    }

    /** For pages (EL calls methods with arguments, not records' accessors in conditions): the place or null. */
    public Place getPlace() {
        return place().orElse(null);
    }

    void setPhotoId(Long photoId, Instant now) {
        this.photoId = photoId;
        this.updatedAt = now;
    }

    public Instant getUnderReviewAt() {
        return underReviewAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** Null without a photo. */
    public Long getPhotoId() {
        return photoId;
    }

    /** Null for a proposal (see {@link #isIdea}). */
    public Long getEnvelopeId() {
        return envelopeId;
    }

    /** Null for a proposal. */
    public Long getEstimatedCost() {
        return estimatedCost;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Theme getTheme() {
        return theme;
    }

    /** Null for the whole town. */
    public District getDistrict() {
        return district;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getSlug() {
        return slug;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getCommentCount() {
        return commentCount;
    }
}
