package org.civitas.funding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.budgets.FollowUp;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalReader;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the public reads of the campaigns: the list (newest first, paged in the database), a campaign's page with its
 * rewards, needs, news and the backers who agreed to be named, and the dashboard's figures. Never a backer's
 * identity beyond the name they let show, never an amount per person.
 */
@Stateless
@PermitAll
public class FundingReader {

    public static final int PAGE_SIZE = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingStore store;

    @Inject
    private ProposalReader proposals;

    @Inject
    private FollowUp budgets;

    /** A backer who let their name show, with when. */
    public record NamedBacker(String name, Instant at) {
    }

    /** A campaign's page. */
    public record CampaignPage(CampaignSummary campaign, String purpose, List<Reward> rewards, List<Need> needs,
                               List<CampaignUpdate> updates, List<NamedBacker> backers, Long finalCents,
                               Integer finalBackers) {
    }

    public List<CampaignSummary> campaigns(int first, int size) {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.createdAt DESC, c.id DESC", Campaign.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList()
                .stream().map(this::summary).toList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Campaign c", Long.class).getSingleResult();
    }

    public Optional<CampaignSummary> campaign(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id)).map(this::summary);
    }

    public Optional<CampaignPage> page(long id) {
        Campaign c = em.find(Campaign.class, id);
        if (c == null) {
            return Optional.empty();
        }
        List<Reward> rewards = em.createQuery("SELECT r FROM Reward r WHERE r.campaignId = :c ORDER BY r.position",
                Reward.class).setParameter("c", id).getResultList();
        List<Need> needs = em.createQuery("SELECT n FROM Need n WHERE n.campaignId = :c ORDER BY n.position",
                Need.class).setParameter("c", id).getResultList();
        List<CampaignUpdate> updates = em.createQuery("SELECT u FROM CampaignUpdate u WHERE u.campaignId = :c"
                + " ORDER BY u.createdAt DESC", CampaignUpdate.class).setParameter("c", id).setMaxResults(20)
                .getResultList();
        List<NamedBacker> backers = em.createQuery("SELECT p.backerName, p.confirmedAt FROM Pledge p"
                        + " WHERE p.campaignId = :c AND p.counted = TRUE AND p.anonymous = FALSE"
                        + " ORDER BY p.confirmedAt DESC, p.id DESC", Object[].class).setParameter("c", id)
                .setMaxResults(20).getResultList().stream()
                .map(r -> new NamedBacker((String) r[0], (Instant) r[1])).toList();
        return Optional.of(new CampaignPage(summary(c), c.getPurpose(), rewards, needs, updates, backers,
                c.getFinalCents(), c.getFinalBackers()));
    }

    CampaignSummary summary(Campaign c) {
        String title;
        String path;
        if (c.getTargetKind() == TargetKind.PROPOSAL) {
            Optional<Proposal> proposal = proposals.find(c.getTargetId());
            title = proposal.map(Proposal::getTitle).orElse(null);
            path = proposal.map(ProposalAddress::of).orElse(null);
        } else {
            Optional<FollowUp.Fundable> project = budgets.fundable(c.getTargetId());
            title = project.map(FollowUp.Fundable::title).orElse(null);
            path = project.map(p -> ProposalAddress.of(p.ideaId())).orElse(null);
        }
        return new CampaignSummary(c.getId(), c.getTitle(), c.getTargetKind(), c.getTargetId(), title, path,
                c.getKind(), c.getMode(), c.getStatus(), c.getGoalCents(), c.getRaisedCents(), c.getBackers(),
                c.getClosesOn(), ChronoUnit.DAYS.between(store.today(), c.getClosesOn()), c.getProviderUrl());
    }

    /**
     * The campaigns that fund a proposal, newest first: on the proposal itself, or, for a budget's idea
     * ({@code idea}), on the project it became.
     */
    public List<CampaignSummary> onProposal(long proposalId, boolean idea) {
        // An idea's campaigns may back the project it became (one project per idea, found by its idea)
        long project = idea ? budgets.fundableIdea(proposalId).map(FollowUp.Fundable::projectId).orElse(-1L) : -1L;
        return em.createQuery("SELECT c FROM Campaign c WHERE (c.targetKind = :p AND c.targetId = :id)"
                        + " OR (c.targetKind = :b AND c.targetId = :project) ORDER BY c.createdAt DESC, c.id DESC",
                        Campaign.class)
                .setParameter("p", TargetKind.PROPOSAL).setParameter("id", proposalId)
                .setParameter("b", TargetKind.BUDGET_PROJECT).setParameter("project", project).setMaxResults(200)
                .getResultList().stream().map(this::summary).toList();
    }

    /** A campaign's id and when it last changed, for the sitemap. */
    public record Changed(long id, Instant changedAt) {
    }

    /** Every campaign (a thousand at most), for the sitemap. */
    public List<Changed> sitemap() {
        return em.createQuery("SELECT c.id, c.changedAt, c.createdAt FROM Campaign c ORDER BY c.id", Object[].class)
                .setMaxResults(1_000).getResultList().stream()
                .map(r -> new Changed((Long) r[0], r[1] == null ? (Instant) r[2] : (Instant) r[1])).toList();
    }

    /** The dashboard's figures: campaigns open, succeeded and failed, cents raised and pledges counted in all. */
    public record Figures(long open, long succeeded, long failed, long raisedCents, long backers) {
    }

    public Figures figures() {
        Object[] row = em.createQuery("SELECT SUM(CASE WHEN c.status = :open THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.status = :won THEN 1 ELSE 0 END), SUM(CASE WHEN c.status = :lost THEN 1 ELSE 0 END),"
                + " SUM(c.raisedCents), SUM(c.backers) FROM Campaign c", Object[].class)
                .setParameter("open", CampaignStatus.OPEN).setParameter("won", CampaignStatus.SUCCEEDED)
                .setParameter("lost", CampaignStatus.FAILED).getSingleResult();
        return new Figures(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]));
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
