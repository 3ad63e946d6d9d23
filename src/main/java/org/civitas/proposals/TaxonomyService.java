package org.civitas.proposals;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.PlainLine;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Themes and districts: read by everyone in their set order (the ones offered for new proposals, or all of them with
 * the retired ones); set up by administrators from the administration page or the API, never with SQL: added (the
 * code taken from the French name unless given, then fixed for good), renamed, moved up or down, retired (offered to
 * nobody, its proposals keep it) and restored. Each change is in the audit log.
 */
@Stateless
public class TaxonomyService {

    /** Which list a change is about. */
    public enum Kind {
        THEME(Theme.class), DISTRICT(District.class);

        private final Class<? extends TaxonomyTerm> type;

        Kind(Class<? extends TaxonomyTerm> type) {
            this.type = type;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    /** The themes offered for a new proposal, in their order. */
    @PermitAll
    public List<Theme> themes() {
        return em.createQuery("SELECT t FROM Theme t WHERE t.retiredAt IS NULL ORDER BY t.position, t.code", Theme.class)
                .getResultList();
    }

    /** The districts offered for a new proposal, in their order. */
    @PermitAll
    public List<District> districts() {
        return em.createQuery("SELECT d FROM District d WHERE d.retiredAt IS NULL ORDER BY d.position, d.code",
                District.class).getResultList();
    }

    /** Every theme, retired ones included, in their order. */
    @PermitAll
    public List<Theme> allThemes() {
        return em.createQuery("SELECT t FROM Theme t ORDER BY t.position, t.code", Theme.class).getResultList();
    }

    /** Every district, retired ones included, in their order. */
    @PermitAll
    public List<District> allDistricts() {
        return em.createQuery("SELECT d FROM District d ORDER BY d.position, d.code", District.class).getResultList();
    }

    @PermitAll
    public Optional<Theme> theme(String code) {
        return em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Adds a theme at the end of the list; its code is the one given, or made from its French name. */
    @RolesAllowed(Role.Names.ADMIN)
    public Theme addTheme(@Size(max = 40) @Pattern(regexp = TaxonomyTerm.CODE) String code,
                          @NotNull @Valid ThemeNames names) {
        Theme theme = new Theme(newCode(Kind.THEME, code, names.nameFr()), names, nextPosition(Kind.THEME));
        persist(theme);
        audit.record("THEME_ADDED", "THEME", theme.getId(), theme.getCode() + ": " + names.nameFr());
        return theme;
    }

    /** Adds a district at the end of the list; its code is the one given, or made from its name. */
    @RolesAllowed(Role.Names.ADMIN)
    public District addDistrict(@Size(max = 40) @Pattern(regexp = TaxonomyTerm.CODE) String code,
                                @NotBlank @Size(max = 80) @PlainLine String name) {
        District district = new District(newCode(Kind.DISTRICT, code, name), name, nextPosition(Kind.DISTRICT));
        persist(district);
        audit.record("DISTRICT_ADDED", "DISTRICT", district.getId(), district.getCode() + ": " + name);
        return district;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Theme renameTheme(@NotNull String code, @NotNull @Valid ThemeNames names) {
        Theme theme = (Theme) find(Kind.THEME, code);
        String before = theme.getNameFr() + " / " + theme.getNameEn();
        theme.rename(names);
        audit.record("THEME_RENAMED", "THEME", theme.getId(), before + " → " + names.nameFr() + " / " + names.nameEn());
        return theme;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public District renameDistrict(@NotNull String code, @NotBlank @Size(max = 80) @PlainLine String name) {
        District district = (District) find(Kind.DISTRICT, code);
        String before = district.getName();
        district.rename(name);
        audit.record("DISTRICT_RENAMED", "DISTRICT", district.getId(), before + " → " + name);
        return district;
    }

    /** Swaps a theme or district with its neighbour above ({@code up}) or below; nothing at either end of the list. */
    @RolesAllowed(Role.Names.ADMIN)
    public void move(@NotNull Kind kind, @NotNull String code, boolean up) {
        List<? extends TaxonomyTerm> all = lockedList(kind);
        int at = indexOf(all, code);
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        // Positions are renumbered in list order first, so that equal positions (seeded data) still move.
        for (int i = 0; i < all.size(); i++) {
            all.get(i).placeAt(i + 1);
        }
        all.get(at).placeAt(other + 1);
        all.get(other).placeAt(at + 1);
        audit.record(kind + "_MOVED", kind.name(), all.get(at).getId(), code + (up ? " ↑" : " ↓"));
    }

    /**
     * Retires a theme or district: offered to nobody for a new proposal, kept by its proposals (their pages, lists,
     * filters and exports still name it). The last theme offered cannot be retired: nobody could propose.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void retire(@NotNull Kind kind, @NotNull String code) {
        retire(kind, find(kind, code));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void restore(@NotNull Kind kind, @NotNull String code) {
        restore(kind, find(kind, code));
    }

    /** Renames a theme and retires or restores it ({@code retired} null: unchanged), all or nothing. */
    @RolesAllowed(Role.Names.ADMIN)
    public Theme changeTheme(@NotNull String code, @NotNull @Valid ThemeNames names, Boolean retired) {
        Theme theme = renameTheme(code, names);
        retireOrRestore(Kind.THEME, theme, retired);
        return theme;
    }

    /** Renames a district and retires or restores it ({@code retired} null: unchanged), all or nothing. */
    @RolesAllowed(Role.Names.ADMIN)
    public District changeDistrict(@NotNull String code, @NotBlank @Size(max = 80) @PlainLine String name,
                                   Boolean retired) {
        District district = renameDistrict(code, name);
        retireOrRestore(Kind.DISTRICT, district, retired);
        return district;
    }

    private void retireOrRestore(Kind kind, TaxonomyTerm term, Boolean retired) {
        if (Boolean.TRUE.equals(retired)) {
            retire(kind, term);
        } else if (Boolean.FALSE.equals(retired)) {
            restore(kind, term);
        }
    }

    private void retire(Kind kind, TaxonomyTerm term) {
        if (term.isRetired()) {
            return;
        }
        if (kind == Kind.THEME && lockedList(kind).stream().filter(t -> !t.isRetired()).count() <= 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "taxonomy.lastTheme");
        }
        term.retire(clock.instant());
        audit.record(kind + "_RETIRED", kind.name(), term.getId(), term.getCode());
    }

    private void restore(Kind kind, TaxonomyTerm term) {
        if (!term.isRetired()) {
            return;
        }
        term.restore();
        audit.record(kind + "_RESTORED", kind.name(), term.getId(), term.getCode());
    }

    /** Seeds the taxonomy when it is empty; for start-up (demo data) only, which runs without a caller. */
    @PermitAll
    public void seedIfEmpty(@NotNull List<@Valid ThemeDraft> themes, @NotNull List<@Valid DistrictDraft> districts) {
        if (em.createQuery("SELECT COUNT(t) FROM Theme t", Long.class).getSingleResult() == 0) {
            themes.forEach(t -> em.persist(new Theme(t)));
        }
        if (em.createQuery("SELECT COUNT(d) FROM District d", Long.class).getSingleResult() == 0) {
            districts.forEach(d -> em.persist(new District(d)));
        }
    }

    /** Two administrators adding the same code at once: the second is told the code is taken, not a failure. */
    private void persist(TaxonomyTerm term) {
        try {
            em.persist(term);
            em.flush();
        } catch (PersistenceException e) {
            throw BusinessException.ofField(BusinessException.Kind.CONFLICT, "code", "taxonomy.codeTaken", term.getCode());
        }
    }

    private TaxonomyTerm find(Kind kind, String code) {
        return em.createQuery("SELECT t FROM " + kind.type.getSimpleName() + " t WHERE t.code = :code", kind.type)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "taxonomy.notFound", code));
    }

    /** The whole list, locked: moves and the last-theme rule read it whole, and two administrators may click at once. */
    private List<? extends TaxonomyTerm> lockedList(Kind kind) {
        // Sorted here: Derby refuses FOR UPDATE with ORDER BY
        return em.createQuery("SELECT t FROM " + kind.type.getSimpleName() + " t", kind.type)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .sorted(Comparator.comparingInt(TaxonomyTerm::getPosition).thenComparing(TaxonomyTerm::getCode))
                .toList();
    }

    private static int indexOf(List<? extends TaxonomyTerm> all, String code) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getCode().equals(code)) {
                return i;
            }
        }
        throw new BusinessException(BusinessException.Kind.NOT_FOUND, "taxonomy.notFound", code);
    }

    private int nextPosition(Kind kind) {
        Integer max = em.createQuery("SELECT MAX(t.position) FROM " + kind.type.getSimpleName() + " t", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The code given (refused when taken), or one made from the name (with -2, -3… when taken). */
    private String newCode(Kind kind, String given, String name) {
        if (given != null && !given.isBlank()) {
            if (taken(kind, given)) {
                throw BusinessException.ofField(BusinessException.Kind.CONFLICT, "code", "taxonomy.codeTaken", given);
            }
            return given;
        }
        String base = Slugs.of(name);
        if (base.length() > 36) {
            base = base.substring(0, 36).replaceAll("-+$", "");
        }
        String code = base;
        for (int n = 2; taken(kind, code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private boolean taken(Kind kind, String code) {
        return em.createQuery("SELECT COUNT(t) FROM " + kind.type.getSimpleName() + " t WHERE t.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }
}
