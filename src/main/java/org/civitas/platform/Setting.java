package org.civitas.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One setting changed in the portal by an administrator. */
@Entity
@Table(name = "setting")
public class Setting extends BaseEntity {

    @Column(name = "setting_key", nullable = false)
    private String key;

    @Column(name = "value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected Setting() {
    }

    Setting(String key) {
        this.key = key;
    }

    void set(String newValue, Long by, Instant now) {
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
