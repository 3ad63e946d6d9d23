package org.civitas.town;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** The town's logo as stored: the upload decoded and re-encoded as a JPEG of at most 400 pixels a side. */
@Entity
@Table(name = "town_logo")
public class TownLogo extends BaseEntity {

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image", nullable = false)
    private byte[] image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected TownLogo() {
    }

    TownLogo(byte[] image, Long by, Instant now) {
        this.image = image.clone();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public byte[] getImage() {
        return image.clone();
    }
}
