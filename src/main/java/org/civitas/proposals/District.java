package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** A district of the town. A proposal names one, or none for the whole town. */
@Entity
@Table(name = "district")
public class District extends TaxonomyTerm {

    @NotBlank
    @Size(max = 80)
    @Column(name = "name", nullable = false)
    private String name;

    protected District() {
    }

    District(DistrictDraft draft) {
        this(draft.code(), draft.name(), draft.position());
    }

    District(String code, String name, int position) {
        super(code, position);
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    /** A place's name, the same in every language. */
    @Override
    public String name(Locale locale) {
        return name;
    }

    public String getName() {
        return name;
    }
}
