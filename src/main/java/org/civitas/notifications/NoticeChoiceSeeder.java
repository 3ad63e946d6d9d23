package org.civitas.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Mail choices made on behalf of the demo town's residents at start-up (there is no signed-in person then), so that
 * "My email alerts" shows choices other than the defaults. Nothing else calls it.
 */
@Stateless
@PermitAll
public class NoticeChoiceSeeder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** {@code account} wants mail of {@code kind} at {@code cadence}. */
    public void choose(long account, NoticeKind kind, Cadence cadence) {
        NoticePreferences.write(em, clock, account, kind, cadence);
    }
}
