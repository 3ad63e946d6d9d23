package org.civitas.town;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** One text of the town's pages in one language (key {@code legal.host.fr}); a field without a row shows its default. */
@Entity
@Table(name = "town_text")
public class TownText extends BaseEntity {

    @Column(name = "text_key", nullable = false)
    private String key;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected TownText() {
    }

    TownText(String key) {
        this.key = key;
    }

    void set(String newBody, Long by, Instant now) {
        this.body = newBody;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String getKey() {
        return key;
    }

    public String getBody() {
        return body;
    }
}
