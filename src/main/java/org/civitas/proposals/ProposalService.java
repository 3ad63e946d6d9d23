package org.civitas.proposals;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.ConfirmationRules;
import org.civitas.accounts.Role;
import org.civitas.places.Place;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * The author's side of a proposal: writing a draft, editing it while nobody has reacted, adding a photo, publishing,
 * withdrawing. Only the author does any of it, which each method checks against the caller itself. Reading is
 * {@link ProposalReader}'s; what other features change in a proposal (the threshold, answers, moderation) arrives as
 * their events ({@link ProposalReactions}).
 */
@Stateless
public class ProposalService {

    @Inject
    private ConfirmationRules confirmations;

    @Inject
    private ProposalStore store;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private RateLimiter limits;

    @Inject
    private Event<ProposalPublished> published;

    @Inject
    private Event<IdeaPublishing> publishingIdea;

    /** Proposals (drafts included) one account may write in a day. */
    @Inject
    @ConfigProperty(name = "civitas.limit.proposals-per-day", defaultValue = "5")
    private int proposalsPerDay;

    /** How long a published proposal takes votes (days); officials' answers close it earlier. */
    @Inject
    @ConfigProperty(name = "civitas.voting.days", defaultValue = "90")
    private int votingDays;

    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal createDraft(@NotNull @Valid ProposalDraft draft) {
        return createDraft(draft, null);
    }

    /**
     * A draft, or with an {@code earmark} an idea's draft for a participatory budget (the budgets feature, which
     * calls this, has checked the phase and the envelope). Ideas count in the same daily limit as proposals.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal createDraft(@NotNull @Valid ProposalDraft draft, Earmark earmark) {
        limits.take(Limit.of("proposal", proposalsPerDay, Duration.ofDays(1)), Long.toString(callerId()),
                "limit.proposals");
        Theme theme = offered(store.theme(draft.themeCode()), null);
        District district = offered(store.district(draft.districtCode()), null);
        Proposal proposal = earmark == null ? new Proposal(callerId(), draft, theme, district, clock.instant())
                : new Proposal(callerId(), draft, theme, district, earmark, clock.instant());
        store.persist(proposal);
        store.persist(new ProposalStatusChange(proposal, null, ProposalStatus.DRAFT, callerId(), clock.instant()));
        return proposal;
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal update(long id, @NotNull @Valid ProposalDraft draft) {
        Proposal proposal = editable(id);
        // An idea's district is its envelope's, which stays
        District district = proposal.isIdea() ? proposal.getDistrict()
                : offered(store.district(draft.districtCode()), proposal.getDistrict());
        proposal.apply(draft, offered(store.theme(draft.themeCode()), proposal.getTheme()), district, clock.instant());
        return proposal;
    }

    /** The author of an idea changes it and its estimated cost while nobody has reacted (see {@link #update}). */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal updateIdea(long id, @NotNull @Valid ProposalDraft draft,
                              @Min(1) @Max(1_000_000_000) long estimatedCost) {
        Proposal proposal = update(id, draft);
        if (!proposal.isIdea()) {
            throw new ProposalNotFoundException();
        }
        proposal.setEstimatedCost(estimatedCost, clock.instant());
        return proposal;
    }

    /** A retired theme or district is offered to nobody: only a proposal that already has it may keep it. */
    private static <T extends TaxonomyTerm> T offered(T term, T current) {
        if (term != null && !term.offeredTo(current)) {
            throw new UnknownThemeOrDistrictException();
        }
        return term;
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal publish(long id) {
        confirmations.require(callerId(), ConfirmationRules.Action.PUBLISH);
        Proposal proposal = owned(id);
        if (proposal.isIdea()) {
            publishingIdea.fire(new IdeaPublishing(proposal.getId(), proposal.getEnvelopeId()));
        }
        store.persist(proposal.publish(callerId(), clock.instant(), Duration.ofDays(votingDays)));
        published.fire(new ProposalPublished(proposal.getId(), proposal.getAuthorId()));
        return proposal;
    }

    /**
     * The author adds or replaces the photo while the proposal is editable, once {@link PhotoUploads} has checked and
     * re-encoded the upload; the photo it replaces is deleted.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal attachPhoto(long id, @NotNull PhotoProcessor.Processed processed) {
        Proposal proposal = editable(id);
        Photo photo = new Photo(id, processed, clock.instant());
        store.persist(photo);
        store.flush();
        Long previous = proposal.getPhotoId();
        proposal.setPhotoId(photo.getId(), clock.instant());
        deletePhoto(previous);
        return proposal;
    }

    /** The author removes the photo while the proposal is editable. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal removePhoto(long id) {
        Proposal proposal = editable(id);
        Long previous = proposal.getPhotoId();
        proposal.setPhotoId(null, clock.instant());
        deletePhoto(previous);
        return proposal;
    }

    /**
     * The author places the proposal (or idea) while it is editable, or with null removes its place. The address is
     * looked up before this (by the form or the API, outside the transaction: the address base may be slow).
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal place(long id, @Valid Place place) {
        Proposal proposal = editable(id);
        proposal.setPlace(place, clock.instant());
        return proposal;
    }

    /** The author takes the proposal back: it stays visible, marked withdrawn, and takes no more votes. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal withdraw(long id) {
        Proposal proposal = owned(id);
        store.persist(proposal.moveTo(ProposalStatus.WITHDRAWN, callerId(), clock.instant()));
        return proposal;
    }

    private void deletePhoto(Long photoId) {
        if (photoId != null) {
            store.em().createQuery("DELETE FROM Photo p WHERE p.id = :id").setParameter("id", photoId).executeUpdate();
        }
    }

    /** The caller's own proposal while nobody has reacted to it. */
    private Proposal editable(long id) {
        Proposal proposal = owned(id);
        if (!proposal.isEditable()) {
            throw new ProposalNotEditableException();
        }
        return proposal;
    }

    /** The caller's own proposal; another's draft is not found, another's public proposal is not theirs. */
    private Proposal owned(long id) {
        Proposal proposal = store.find(id);
        boolean mine = proposal != null && proposal.getAuthorId() == callerId();
        if (proposal == null || (!proposal.getStatus().isPublic() && !mine)) {
            throw new ProposalNotFoundException();
        }
        if (!mine) {
            throw new NotTheAuthorException();
        }
        return proposal;
    }

    private long callerId() {
        return Callers.requireAccountId(session);
    }
}
