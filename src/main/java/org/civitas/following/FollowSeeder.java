package org.civitas.following;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.proposals.TaxonomyService;

import java.time.Clock;

/**
 * Follows made on behalf of the demo town's residents at start-up (there is no signed-in person then): a theme or a
 * district by its code. Nothing else calls it.
 */
@Stateless
@PermitAll
public class FollowSeeder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private Clock clock;

    /** {@code account} follows the theme whose code is {@code code}. */
    public void followTheme(long account, String code) {
        taxonomy.themes().stream().filter(t -> t.getCode().equals(code)).findFirst()
                .ifPresent(t -> em.persist(new Follow(account, FollowKind.THEME, t.getId(), clock.instant())));
    }

    /** {@code account} follows the district whose code is {@code code}. */
    public void followDistrict(long account, String code) {
        taxonomy.districts().stream().filter(d -> d.getCode().equals(code)).findFirst()
                .ifPresent(d -> em.persist(new Follow(account, FollowKind.DISTRICT, d.getId(), clock.instant())));
    }
}
