package org.civitas.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What officials see of a campaign's backers, and the treasurer's reconciliation: each pledge with only what its
 * backer agreed to share (their name unless they chose to stay anonymous; never their e-mail), the provider's payment
 * reference and the receipt's number; and the report that checks the campaign's totals against its pledges, lists
 * what still waits on the provider, and the provider's notifications that matched no pledge.
 */
@Stateless
@RolesAllowed(Role.Names.OFFICIAL)
public class Backers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** One pledge as the backers' list and the treasurer's export show it ({@code name} null: anonymous). */
    public record Row(long id, String name, long amountCents, PledgeState state, String reward, String provider,
                      String paymentId, Integer receiptYear, Long receiptNumber, Instant createdAt, Instant paidAt,
                      Instant endedAt) {
    }

    /** The reconciliation of a campaign: its totals against its pledges, and what waits. */
    public record Report(long raisedCents, int backers, long countedCents, long countedPledges, boolean balanced,
                         Map<PledgeState, long[]> byState, long waitingOnProvider, long unmatchedNotifications) {

        public long count(PledgeState state) {
            return byState.getOrDefault(state, new long[2])[0];
        }

        public long cents(PledgeState state) {
            return byState.getOrDefault(state, new long[2])[1];
        }
    }

    // The name and the choice to hide it are read apart (a CASE on a boolean is not portable to Derby)
    private static final String ROW = "SELECT p.id, p.backerName, p.anonymous, p.amountCents, p.state, r.title,"
            + " p.provider, p.paymentId, p.receiptYear, p.receiptNumber, p.createdAt, p.paidAt, p.endedAt"
            + " FROM Pledge p LEFT JOIN Reward r ON r.id = p.rewardId WHERE p.campaignId = :c";

    private static Row row(Object[] r) {
        return new Row((Long) r[0], Boolean.TRUE.equals(r[2]) ? null : (String) r[1], (Long) r[3],
                (PledgeState) r[4], (String) r[5], (String) r[6], (String) r[7], (Integer) r[8], (Long) r[9],
                (Instant) r[10], (Instant) r[11], (Instant) r[12]);
    }

    /** A page of the campaign's pledges, newest first. */
    public List<Row> page(long campaignId, int first, int size) {
        campaign(campaignId);
        return em.createQuery(ROW + " ORDER BY p.id DESC", Object[].class).setParameter("c", campaignId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList()
                .stream().map(Backers::row).toList();
    }

    public long count(long campaignId) {
        return em.createQuery("SELECT COUNT(p) FROM Pledge p WHERE p.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    /** The export's next rows after {@code afterId} in the pledges' order (oldest first): the file is read in steps. */
    public List<Row> after(long campaignId, long afterId, int size) {
        return em.createQuery(ROW + " AND p.id > :after ORDER BY p.id", Object[].class).setParameter("c", campaignId)
                .setParameter("after", afterId).setMaxResults(size).getResultList().stream().map(Backers::row).toList();
    }

    /** An export of the campaign's backers, in the audit log (it holds names). */
    public void exported(long campaignId, String format) {
        campaign(campaignId);
        audit.record("FUNDING_EXPORTED", "FUNDING_CAMPAIGN", campaignId, format);
    }

    public Campaign campaign(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "funding.notFound");
        }
        return campaign;
    }

    public Report report(long campaignId) {
        Campaign campaign = campaign(campaignId);
        Map<PledgeState, long[]> byState = new EnumMap<>(PledgeState.class);
        long countedCents = 0;
        long countedPledges = 0;
        for (Object[] r : em.createQuery("SELECT p.state, COUNT(p), SUM(p.amountCents) FROM Pledge p"
                + " WHERE p.campaignId = :c GROUP BY p.state", Object[].class).setParameter("c", campaignId)
                .getResultList()) {
            PledgeState state = (PledgeState) r[0];
            long n = ((Number) r[1]).longValue();
            long cents = r[2] == null ? 0 : ((Number) r[2]).longValue();
            byState.put(state, new long[]{n, cents});
            if (state.counted()) {
                countedCents += cents;
                countedPledges += n;
            }
        }
        long waiting = byState.getOrDefault(PledgeState.PENDING, new long[2])[0]
                + byState.getOrDefault(PledgeState.FAILED, new long[2])[0];
        if (campaign.getStatus() != CampaignStatus.OPEN) {
            waiting += byState.getOrDefault(PledgeState.AUTHORIZED, new long[2])[0];
            if (campaign.getStatus() == CampaignStatus.FAILED) {
                waiting += byState.getOrDefault(PledgeState.PAID, new long[2])[0];
            }
        }
        long unmatched = em.createQuery("SELECT COUNT(e) FROM PaymentEvent e WHERE e.pledgeId IS NULL", Long.class)
                .getSingleResult();
        // Balanced: the totals shown on the page are exactly those of the pledges counted
        return new Report(campaign.getRaisedCents(), campaign.getBackers(), countedCents, countedPledges,
                campaign.getRaisedCents() == countedCents && campaign.getBackers() == countedPledges, byState, waiting,
                unmatched);
    }
}
