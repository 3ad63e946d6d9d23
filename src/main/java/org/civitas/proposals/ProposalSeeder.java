package org.civitas.proposals;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.places.Place;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Proposals written, published and withdrawn on behalf of their authors, for seeding at start-up (the demo town): there
 * is no signed-in author then. Each does what {@link ProposalService} does for a signed-in author, with the same
 * entity methods and events, at the clock's time (which the demo sets in the past), without the author's limits and
 * confirmation. No view or resource reaches it, which is why it needs no role; nothing else calls it.
 */
@Stateless
@PermitAll
public class ProposalSeeder {

    /** How long before its publication a seeded proposal was written. */
    private static final Duration WRITING = Duration.ofHours(2);

    @Inject
    private ProposalStore store;

    @Inject
    private Clock clock;

    @Inject
    private Event<ProposalPublished> published;

    /** How long a published proposal takes votes (days), as for any other. */
    @Inject
    @ConfigProperty(name = "civitas.voting.days", defaultValue = "90")
    private int votingDays;

    /** A draft, written now: only its author sees it. */
    public Proposal draft(long authorId, @NotNull @Valid ProposalDraft draft) {
        Proposal proposal = new Proposal(authorId, draft, store.theme(draft.themeCode()),
                store.district(draft.districtCode()), clock.instant());
        store.persist(proposal);
        store.persist(new ProposalStatusChange(proposal, null, ProposalStatus.DRAFT, authorId, proposal.getCreatedAt()));
        return proposal;
    }

    /** A proposal published now, written a little earlier. */
    public Proposal published(long authorId, @NotNull @Valid ProposalDraft draft) {
        return published(authorId, draft, null);
    }

    /** An idea for a participatory budget's envelope (see {@link Earmark}) published now, written a little earlier. */
    public Proposal published(long authorId, @NotNull @Valid ProposalDraft draft, Earmark earmark) {
        Instant now = clock.instant();
        Theme theme = store.theme(draft.themeCode());
        District district = store.district(draft.districtCode());
        Proposal proposal = earmark == null ? new Proposal(authorId, draft, theme, district, now.minus(WRITING))
                : new Proposal(authorId, draft, theme, district, earmark, now.minus(WRITING));
        store.persist(proposal);
        store.persist(new ProposalStatusChange(proposal, null, ProposalStatus.DRAFT, authorId, proposal.getCreatedAt()));
        store.flush(); // the two steps of its history in their order: a fresh start gives the same ids
        store.persist(proposal.publish(authorId, now, Duration.ofDays(votingDays)));
        store.flush();
        published.fire(new ProposalPublished(proposal.getId(), authorId));
        return proposal;
    }

    /** Its author placed it (see {@link ProposalService#place}). */
    public void placed(long proposalId, @Valid Place place) {
        store.find(proposalId).setPlace(place, clock.instant());
    }

    /** Its author takes a proposal back now (see {@link ProposalService#withdraw}). */
    public void withdrawn(long proposalId) {
        Proposal proposal = store.locked(proposalId);
        store.persist(proposal.moveTo(ProposalStatus.WITHDRAWN, proposal.getAuthorId(), clock.instant()));
    }
}
