package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.BaseEntity;

/** A district of the town. A proposal names one, or none for the whole town. */
@Entity
@Table(name = "district")
public class District extends BaseEntity {

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]{1,40}")
    @Column(name = "code", nullable = false, unique = true)
    private String code;

    @NotBlank
    @Size(max = 80)
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    protected District() {
    }

    District(DistrictDraft draft) {
        this.code = draft.code();
        this.name = draft.name();
        this.position = draft.position();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
