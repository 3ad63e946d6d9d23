package org.civitas.funding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Role;
import org.civitas.budgets.FollowUp;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainText;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalStatus;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Campaigns, one transaction per action. An official opens a campaign on an accepted proposal (accepted or in
 * progress) or on a feasible project of a published budget, closing between tomorrow and a year from now; donations
 * are collected here, loans and equity by the provider whose page the campaign links to. The team posts news;
 * residents offer goods or time for a need (once per need, never more than needed). Every action is in the audit log.
 */
@Stateless
public class FundingService {

    static final Set<ProposalStatus> FUNDABLE = EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FundingStore store;

    @Inject
    private ProposalReader proposals;

    @Inject
    private FollowUp budgets;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    @RolesAllowed(Role.Names.OFFICIAL)
    public Campaign open(@NotNull TargetKind target, long targetId, @NotNull @Valid CampaignDraft draft) {
        if (target == TargetKind.PROPOSAL) {
            Proposal proposal = proposals.find(targetId).orElse(null);
            if (proposal == null || !FUNDABLE.contains(proposal.getStatus())) {
                throw BusinessException.ofField(BusinessException.Kind.INVALID, "target", "funding.targetNotFundable");
            }
        } else if (budgets.fundable(targetId).isEmpty()) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "target", "funding.targetNotFundable");
        }
        if (!draft.closesOn().isAfter(store.today()) || draft.closesOn().isAfter(store.today().plusYears(1))) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "closesOn", "funding.closesOnRange");
        }
        if (!draft.kind().collectedHere() && (draft.providerUrl() == null || draft.providerUrl().isBlank())) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "providerUrl", "funding.providerUrlNeeded");
        }
        for (CampaignDraft.NeedDraft need : draft.needs()) {
            if (need.kind() == NeedKind.TIME && need.neededOn() == null) {
                throw BusinessException.ofField(BusinessException.Kind.INVALID, "needs", "funding.needDateNeeded");
            }
        }
        Campaign campaign = store.persist(target, targetId, draft, Callers.requireAccountId(session));
        audit.record("FUNDING_OPENED", "FUNDING_CAMPAIGN", campaign.getId(), campaign.getKind() + ", goal "
                + campaign.getGoalCents() + " cents, closes " + campaign.getClosesOn());
        return campaign;
    }

    /** The team posts news on the campaign's page. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public CampaignUpdate post(long campaignId, @NotBlank @Size(max = 4000) @PlainText String body) {
        campaign(campaignId);
        CampaignUpdate update = new CampaignUpdate(campaignId, Callers.requireAccountId(session), body.strip(),
                clock.instant());
        em.persist(update);
        em.flush();
        audit.record("FUNDING_UPDATE_POSTED", "FUNDING_CAMPAIGN", campaignId, null);
        return update;
    }

    /** A resident offers goods or time for a need while the campaign is open: once per need, never beyond it. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Offer offer(long needId, @Min(1) @Max(1000) int quantity, @Size(max = 500) @PlainText String note,
                       boolean anonymous) {
        Need need = em.find(Need.class, needId);
        if (need == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "funding.needNotFound");
        }
        Campaign campaign = campaign(need.getCampaignId());
        if (campaign.getStatus() != CampaignStatus.OPEN || store.today().isAfter(campaign.getClosesOn())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "funding.closed");
        }
        long accountId = Callers.requireAccountId(session);
        boolean already = !em.createQuery("SELECT o.id FROM Offer o WHERE o.needId = :n AND o.accountId = :a",
                Long.class).setParameter("n", needId).setParameter("a", accountId).getResultList().isEmpty();
        if (already) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "funding.alreadyOffered");
        }
        int taken = em.createQuery("UPDATE Need n SET n.offered = n.offered + :q WHERE n.id = :id"
                        + " AND n.offered + :q <= n.needed").setParameter("q", quantity).setParameter("id", needId)
                .executeUpdate();
        if (taken == 0) {
            throw BusinessException.ofField(BusinessException.Kind.CONFLICT, "quantity", "funding.needFilled");
        }
        Offer offer = new Offer(needId, campaign.getId(), accountId, quantity,
                note == null || note.isBlank() ? null : note.strip(), anonymous, clock.instant());
        em.persist(offer);
        em.flush();
        audit.record("FUNDING_OFFERED", "FUNDING_CAMPAIGN", campaign.getId(), quantity + " for need " + needId);
        return offer;
    }

    private Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "funding.notFound");
        }
        return campaign;
    }

    /** The campaigns on a proposal or project, newest first (its page links them). */
    public List<Campaign> on(@NotNull TargetKind target, long targetId) {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.targetKind = :k AND c.targetId = :t"
                + " ORDER BY c.createdAt DESC", Campaign.class).setParameter("k", target).setParameter("t", targetId)
                .getResultList();
    }
}
