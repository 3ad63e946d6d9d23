package org.civitas.galleries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.contests.Licence;
import org.civitas.proposals.PhotoProcessor;
import org.civitas.proposals.StoredPhoto;

import java.time.Instant;

/** One of the town's own photos, put in a gallery by an official: the pixels as the pipeline stored them, its words. */
@Entity
@Table(name = "gallery_photo")
public class TownPhoto extends StoredPhoto {

    @Column(name = "title", nullable = false, length = 120)
    private String title;

    @Column(name = "credit", nullable = false, length = 120)
    private String credit;

    @Enumerated(EnumType.STRING)
    @Column(name = "licence", nullable = false, length = 20)
    private Licence licence;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    protected TownPhoto() {
    }

    TownPhoto(TownPhotoText text, PhotoProcessor.Processed processed, long createdBy, Instant now) {
        super(processed, now);
        this.title = text.title().strip();
        this.credit = text.credit().strip();
        this.licence = text.licence();
        this.createdBy = createdBy;
    }

    public String getTitle() {
        return title;
    }

    public String getCredit() {
        return credit;
    }

    public Licence getLicence() {
        return licence;
    }
}
