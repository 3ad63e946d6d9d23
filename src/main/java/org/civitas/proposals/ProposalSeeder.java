package org.civitas.proposals;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Proposals published on behalf of their authors at a given moment, for seeding at start-up (the demo town): there is
 * no signed-in author then. No view or resource reaches it, which is why it needs no role; nothing else calls it.
 */
@Stateless
@PermitAll
public class ProposalSeeder {

    @Inject
    private ProposalStore store;

    /** How long a published proposal takes votes (days), as for any other. */
    @Inject
    @ConfigProperty(name = "civitas.voting.days", defaultValue = "90")
    private int votingDays;

    public Proposal published(long authorId, @NotNull @Valid ProposalDraft draft, @NotNull Instant publishedAt) {
        Proposal proposal = new Proposal(authorId, draft, store.theme(draft.themeCode()),
                store.district(draft.districtCode()), publishedAt.minus(Duration.ofHours(2)));
        store.persist(proposal);
        store.persist(new ProposalStatusChange(proposal, null, ProposalStatus.DRAFT, authorId, proposal.getCreatedAt()));
        store.persist(proposal.publish(authorId, publishedAt, Duration.ofDays(votingDays)));
        return proposal;
    }
}
