package org.civitas.proposals;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * A photo as stored, whatever it illustrates: the upload re-encoded by {@link PhotoProcessor} as JPEG in two sizes
 * (read only when served), its large size's dimensions and when it was stored.
 */
@MappedSuperclass
public abstract class StoredPhoto extends BaseEntity {

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "large", nullable = false)
    private byte[] large;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "thumbnail", nullable = false)
    private byte[] thumbnail;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredPhoto() {
    }

    protected StoredPhoto(PhotoProcessor.Processed processed, Instant now) {
        this.large = processed.large();
        this.thumbnail = processed.thumbnail();
        this.width = processed.width();
        this.height = processed.height();
        this.createdAt = now;
    }

    /** Forgets the pixels (an author's account deleted): what is served after is nothing. */
    protected void erasePixels() {
        this.large = new byte[0];
        this.thumbnail = new byte[0];
    }

    public byte[] getLarge() {
        return large;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
