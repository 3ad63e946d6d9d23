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

    /** {@code account} follows the theme or district ({@code kind}) whose code is {@code code}. */
    public void follow(long account, FollowKind kind, String code) {
        FollowService.terms(taxonomy, kind).stream().filter(t -> t.getCode().equals(code)).findFirst()
                .ifPresent(t -> em.persist(new Follow(account, kind, t.getId(), clock.instant())));
    }
}
