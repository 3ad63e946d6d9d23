package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.civitas.platform.BaseEntity;

import java.time.Instant;
import java.util.Locale;

/**
 * What themes and districts have in common: a code that never changes once created (it is in every address and
 * export that names them), a place in their list, and whether they are retired (offered to nobody for new proposals;
 * their proposals keep them, and they can come back).
 */
@MappedSuperclass
public abstract class TaxonomyTerm extends BaseEntity {

    /** What a code may hold: lower-case letters, digits and hyphens, at most 40. */
    public static final String CODE = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";

    @NotBlank
    @Pattern(regexp = CODE)
    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected TaxonomyTerm() {
    }

    protected TaxonomyTerm(String code, int position) {
        this.code = code;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    /**
     * Whether this may be chosen for a proposal that has {@code current} (null for a new one): a retired entry is
     * offered to nobody, except a proposal that already has it.
     */
    public boolean offeredTo(TaxonomyTerm current) {
        return !isRetired() || equals(current);
    }

    void placeAt(int position) {
        this.position = position;
    }

    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    void restore() {
        retiredAt = null;
    }

    /** The name shown in this language. */
    public abstract String name(Locale locale);
}
