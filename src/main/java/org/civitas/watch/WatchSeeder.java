package org.civitas.watch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Watch sources and items written for seeding at start-up (the demo town), with nobody signed in: each does what
 * {@link WatchService} and {@link WatchStore} do, at the clock's time. Nothing else calls it.
 */
@Stateless
@PermitAll
public class WatchSeeder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public long source(@NotNull @Valid WatchSourceDraft draft) {
        WatchSource source = new WatchSource(draft.kind(), clock.instant());
        source.change(draft, clock.instant());
        em.persist(source);
        em.flush();
        return source.getId();
    }

    /** An item found {@code hoursAgo}, in {@code state}, assigned to {@code assignee} (perhaps null). */
    public long item(long sourceId, @NotNull Found found, int hoursAgo, @NotNull TriageState state, Long assignee,
                     Long proposalId) {
        Instant at = clock.instant().minus(Duration.ofHours(hoursAgo));
        WatchItem item = new WatchItem(sourceId, new Found(found.externalId(), found.url(), found.author(),
                found.authorUrl(), found.title(), found.body(), at.minus(Duration.ofMinutes(20))),
                ItemAddress.key(found.url()), at);
        if (assignee != null) {
            item.assign(assignee, assignee, at);
        }
        if (proposalId != null) {
            item.becameProposal(proposalId, assignee == null ? 0 : assignee, at);
        } else if (state != TriageState.NEW) {
            item.triage(state, assignee == null ? 0 : assignee, at);
        }
        em.persist(item);
        em.flush();
        return item.getId();
    }
}
