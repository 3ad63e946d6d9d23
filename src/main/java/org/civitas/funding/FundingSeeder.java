package org.civitas.funding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;

/**
 * Campaigns and pledges written for seeding at start-up (the demo town), with nobody signed in: a campaign as
 * {@link FundingService#open} writes it, and pledges as if the payment service had confirmed them (provider
 * {@code demo}: nothing is asked of any service), through the same {@link FundingStore#apply}. Nothing else calls it.
 */
@Stateless
@PermitAll
public class FundingSeeder {

    static final String PROVIDER = "demo";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingStore store;

    @Inject
    private Clock clock;

    public long campaign(@NotNull TargetKind target, long targetId, @NotNull @Valid CampaignDraft draft, long official) {
        return store.persist(target, targetId, draft, official).getId();
    }

    /** The campaign's rewards' ids, in order. */
    public List<Long> rewards(long campaignId) {
        return em.createQuery("SELECT r.id FROM Reward r WHERE r.campaignId = :c ORDER BY r.position", Long.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** A pledge confirmed by the payment service: authorised (all or nothing) or paid. */
    public void pledge(long campaignId, long accountId, String name, boolean anonymous, long cents, Long rewardId,
                       boolean authorisedOnly) {
        FundingStore.Ticket ticket = store.reserve(campaignId, accountId, name, anonymous, cents, rewardId, PROVIDER,
                "fr");
        store.apply(PROVIDER, null, new PaymentProvider.PaymentReport("demo-" + ticket.pledgeId(), ticket.key(),
                authorisedOnly ? PaymentStatus.AUTHORIZED : PaymentStatus.PAID, cents));
    }

    /** News on the campaign's page. */
    public void update(long campaignId, long official, String body) {
        em.persist(new CampaignUpdate(campaignId, official, body, clock.instant()));
    }
}
