package org.civitas.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One account's vote for one photo; {@code slot} numbers the account's votes in the contest (see V49). */
@Entity
@Table(name = "contest_vote")
public class ContestVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "photo_id", nullable = false)
    private long photoId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "slot")
    private Integer slot;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContestVote() {
    }

    ContestVote(long contestId, long photoId, long accountId, int slot, Instant now) {
        this.contestId = contestId;
        this.photoId = photoId;
        this.accountId = accountId;
        this.slot = slot;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPhotoId() {
        return photoId;
    }
}
