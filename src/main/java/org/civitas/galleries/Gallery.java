package org.civitas.galleries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;

/** A collection of photos an official curates; public once published. */
@Entity
@Table(name = "gallery")
public class Gallery extends ChangeTrackedEntity {

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Gallery() {
    }

    Gallery(GalleryDraft draft, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        change(draft, now);
    }

    /** Takes the draft's words; published from now if it says so (the first publication's date is kept). */
    void change(GalleryDraft draft, Instant now) {
        this.title = draft.title().strip();
        this.description = draft.description() == null ? "" : draft.description().strip();
        if (!draft.published()) {
            publishedAt = null;
        } else if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
