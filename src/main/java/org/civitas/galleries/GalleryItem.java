package org.civitas.galleries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;

/**
 * A photo's place in a gallery: a contest photo or one of the town's, at a position. Taken out, the row stays
 * ({@code removedAt}) so that open data withdraws it; put back, it returns at the end.
 */
@Entity
@Table(name = "gallery_item")
public class GalleryItem extends ChangeTrackedEntity {

    @Column(name = "gallery_id", nullable = false)
    private long galleryId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "contest_photo_id")
    private Long contestPhotoId;

    @Column(name = "town_photo_id")
    private Long townPhotoId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected GalleryItem() {
    }

    private GalleryItem(long galleryId, int position, Long contestPhotoId, Long townPhotoId, Instant now) {
        this.galleryId = galleryId;
        this.position = position;
        this.contestPhotoId = contestPhotoId;
        this.townPhotoId = townPhotoId;
        this.addedAt = now;
    }

    static GalleryItem ofContestPhoto(long galleryId, int position, long photoId, Instant now) {
        return new GalleryItem(galleryId, position, photoId, null, now);
    }

    static GalleryItem ofTownPhoto(long galleryId, int position, long photoId, Instant now) {
        return new GalleryItem(galleryId, position, null, photoId, now);
    }

    void remove(Instant now) {
        removedAt = now;
    }

    /** Put back at the end. */
    void restore(int position, Instant now) {
        this.removedAt = null;
        this.position = position;
        this.addedAt = now;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public long getGalleryId() {
        return galleryId;
    }

    public int getPosition() {
        return position;
    }

    public Long getContestPhotoId() {
        return contestPhotoId;
    }

    public Long getTownPhotoId() {
        return townPhotoId;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }
}
