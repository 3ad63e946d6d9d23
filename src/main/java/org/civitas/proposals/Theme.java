package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.BaseEntity;

import java.util.Locale;

/** A theme proposals are filed under (mobilité, environnement...), named in French and English. */
@Entity
@Table(name = "theme")
public class Theme extends BaseEntity {

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]{1,40}")
    @Column(name = "code", nullable = false, unique = true)
    private String code;

    @NotBlank
    @Size(max = 80)
    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @NotBlank
    @Size(max = 80)
    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "position", nullable = false)
    private int position;

    protected Theme() {
    }

    Theme(ThemeDraft draft) {
        this.code = draft.code();
        this.nameFr = draft.nameFr();
        this.nameEn = draft.nameEn();
        this.position = draft.position();
    }

    public String getCode() {
        return code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public int getPosition() {
        return position;
    }
}
