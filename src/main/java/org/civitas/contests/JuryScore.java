package org.civitas.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A juror's score of a photo, 0 to 10; replaced when they change their mind. */
@Entity
@Table(name = "contest_score")
public class JuryScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "photo_id", nullable = false)
    private long photoId;

    @Column(name = "juror_id", nullable = false)
    private long jurorId;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected JuryScore() {
    }

    JuryScore(long photoId, long jurorId, int score, Instant now) {
        this.photoId = photoId;
        this.jurorId = jurorId;
        this.score = score;
        this.scoredAt = now;
    }

    void change(int score, Instant now) {
        this.score = score;
        this.scoredAt = now;
    }

    public long getPhotoId() {
        return photoId;
    }

    public int getScore() {
        return score;
    }
}
