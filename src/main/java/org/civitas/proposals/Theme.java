package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** A theme proposals are filed under (mobilité, environnement...), named in French and English. */
@Entity
@Table(name = "theme")
public class Theme extends TaxonomyTerm {

    @NotBlank
    @Size(max = 80)
    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @NotBlank
    @Size(max = 80)
    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Theme() {
    }

    Theme(ThemeDraft draft) {
        this(draft.code(), new ThemeNames(draft.nameFr(), draft.nameEn()), draft.position());
    }

    Theme(String code, ThemeNames names, int position) {
        super(code, position);
        rename(names);
    }

    void rename(ThemeNames names) {
        this.nameFr = names.nameFr();
        this.nameEn = names.nameEn();
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    @Override
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
