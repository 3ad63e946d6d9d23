package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.civitas.places.Boundaries;
import org.locationtech.jts.geom.Envelope;

import java.time.Instant;

/** A district's boundary (V45): its GeoJSON geometry and bounding box; see {@link DistrictBoundaries}. */
@Entity
@Table(name = "district_shape")
public class DistrictShape {

    @Id
    @Column(name = "district_id")
    private long districtId;

    @Lob
    @Column(name = "geometry", nullable = false)
    private String geometry;

    @Column(name = "min_lat", nullable = false)
    private double minLat;

    @Column(name = "min_lon", nullable = false)
    private double minLon;

    @Column(name = "max_lat", nullable = false)
    private double maxLat;

    @Column(name = "max_lon", nullable = false)
    private double maxLon;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DistrictShape() {
    }

    /** A district's boundary as read from an upload, with its bounding box. */
    DistrictShape(long districtId, Boundaries.Boundary boundary, Instant now) {
        Envelope box = boundary.box();
        this.districtId = districtId;
        this.geometry = boundary.geometryJson();
        this.minLat = box.getMinY();
        this.minLon = box.getMinX();
        this.maxLat = box.getMaxY();
        this.maxLon = box.getMaxX();
        this.updatedAt = now;
    }

    public long getDistrictId() {
        return districtId;
    }

    public String getGeometry() {
        return geometry;
    }
}
