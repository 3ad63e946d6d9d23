package org.civitas.proposals;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;

import java.util.List;
import java.util.Optional;

/** Themes and districts: read by everyone, in their set order; written by administrators (and the demo data). */
@Stateless
public class TaxonomyService {

    @PersistenceContext
    private EntityManager em;

    @PermitAll
    public List<Theme> themes() {
        return em.createQuery("SELECT t FROM Theme t ORDER BY t.position, t.code", Theme.class).getResultList();
    }

    @PermitAll
    public List<District> districts() {
        return em.createQuery("SELECT d FROM District d ORDER BY d.position, d.code", District.class).getResultList();
    }

    @PermitAll
    public Optional<Theme> theme(String code) {
        return em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Theme addTheme(@NotNull @Valid ThemeDraft draft) {
        Theme theme = new Theme(draft);
        em.persist(theme);
        return theme;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public District addDistrict(@NotNull @Valid DistrictDraft draft) {
        District district = new District(draft);
        em.persist(district);
        return district;
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
}
