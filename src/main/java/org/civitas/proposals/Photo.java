package org.civitas.proposals;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** A proposal's photo as stored: re-encoded JPEG bytes in two sizes. Replaced photos stay until purged. */
@Entity
@Table(name = "photo")
public class Photo extends BaseEntity {

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

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

    protected Photo() {
    }

    Photo(long proposalId, PhotoProcessor.Processed processed, Instant now) {
        this.proposalId = proposalId;
        this.large = processed.large();
        this.thumbnail = processed.thumbnail();
        this.width = processed.width();
        this.height = processed.height();
        this.createdAt = now;
    }

    public long getProposalId() {
        return proposalId;
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
