package org.civitas.funding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.civitas.platform.SecretTokens;
import org.civitas.platform.Town;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The pledges' and campaigns' short transactions, for {@link Pledging} and {@link FundingTimers}, which call the
 * provider between them (never inside a transaction). A pledge's state moves only here, under its row lock, with the
 * campaign's totals and the reward's count changed by bulk updates in the same transaction: a pledge is counted once,
 * however many times and in whatever order the provider reports it.
 */
@Stateless
@PermitAll
public class FundingStore {

    private static final Logger LOG = Logger.getLogger(FundingStore.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Town town;

    @Inject
    private AuditLog audit;

    @Inject
    private RateLimiter limits;

    @Inject
    private ReceiptCounters counters;

    @Inject
    private BackerMails mails;

    @Inject
    @ConfigProperty(name = "civitas.limit.pledge-visitors-per-hour", defaultValue = "5")
    private int visitorsPerHour;

    /** How long a visitor's link to confirm their pledge works. */
    static final Duration VISITOR_LINK = Duration.ofHours(24);

    /** A pledge reserved: what the provider is told. */
    public record Ticket(long pledgeId, String key, String campaignTitle, long amountCents, boolean captureLater) {
    }

    /** What applying a report did, and what remains to ask the provider (a payment authorised after the closing). */
    public record Applied(Long pledgeId, boolean moved, FollowUp followUp, String paymentId) {
        public enum FollowUp { NONE, CAPTURE, CANCEL, REFUND }
    }

    /** Writes a campaign with its rewards and needs, in order (what was checked is the caller's). */
    public Campaign persist(TargetKind target, long targetId, CampaignDraft draft, long creatorId) {
        Campaign campaign = new Campaign(target, targetId, creatorId, clock.instant());
        campaign.change(draft);
        em.persist(campaign);
        em.flush();
        int position = 0;
        for (CampaignDraft.RewardDraft reward : draft.rewards()) {
            em.persist(new Reward(campaign.getId(), ++position, reward));
        }
        position = 0;
        for (CampaignDraft.NeedDraft need : draft.needs()) {
            em.persist(new Need(campaign.getId(), ++position, need));
        }
        em.flush();
        return campaign;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(town.getZone()));
    }

    /**
     * Reserves a pledge (20 an hour per account at most): the campaign takes donations today, the amount earns the reward chosen, and one of the
     * reward's quantity is taken (a bulk update that never passes the quantity: sold out, and nothing is written).
     */
    public Ticket reserve(long campaignId, long accountId, String backerName, boolean anonymous, long amountCents,
                          Long rewardId, String provider, String locale) {
        limits.take(Limit.of("pledge", 20, Duration.ofHours(1)), Long.toString(accountId), "limit.pledges");
        Campaign campaign = takingPledges(campaignId);
        if (rewardId != null) {
            earns(campaignId, rewardId, amountCents);
            int taken = em.createQuery("UPDATE Reward r SET r.taken = r.taken + 1 WHERE r.id = :id"
                            + " AND (r.quantity IS NULL OR r.taken < r.quantity)")
                    .setParameter("id", rewardId).executeUpdate();
            if (taken == 0) {
                throw BusinessException.ofField(BusinessException.Kind.CONFLICT, "reward", "funding.rewardGone");
            }
        }
        String key = SecretTokens.draw(18);
        Pledge pledge = new Pledge(campaignId, key, accountId, backerName, anonymous, amountCents, rewardId, provider,
                locale, clock.instant());
        em.persist(pledge);
        em.flush();
        return new Ticket(pledge.getId(), key, campaign.getTitle(), amountCents, campaign.getMode().captureLater());
    }

    /** A campaign that takes pledges here today; refused otherwise (404, or 409 closed or run by a provider). */
    private Campaign takingPledges(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "funding.notFound");
        }
        if (!campaign.getKind().collectedHere()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "funding.notHere");
        }
        if (campaign.getStatus() != CampaignStatus.OPEN || today().isAfter(campaign.getClosesOn())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "funding.closed");
        }
        return campaign;
    }

    /** The reward is the campaign's and the amount earns it. */
    private Reward earns(long campaignId, long rewardId, long amountCents) {
        Reward reward = em.find(Reward.class, rewardId);
        if (reward == null || reward.getCampaignId() != campaignId) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "reward", "funding.rewardUnknown");
        }
        if (amountCents < reward.getMinCents()) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "amount", "funding.rewardTooLow",
                    reward.getMinCents() / 100);
        }
        return reward;
    }

    /**
     * A visitor asks to pledge with their address ({@code CIVITAS_LIMIT_PLEDGE_VISITORS_PER_HOUR}, 5 an hour from one
     * network address; 3 a day for one address):
     * checked as a pledge is (the reward is not taken yet: it is when they confirm), kept for 24 hours, and the link
     * to confirm it mailed to them.
     */
    public void visitorAsked(long campaignId, String email, String name, long amountCents, Long rewardId,
                             boolean anonymous, String locale, String from) {
        limits.take(Limit.of("pledge-visitor", visitorsPerHour, Duration.ofHours(1)), from, "limit.pledgeVisitor");
        limits.take(Limit.of("pledge-visitor-email", 3, Duration.ofDays(1)), email.toLowerCase(Locale.ROOT),
                "limit.pledgeVisitor");
        Campaign campaign = takingPledges(campaignId);
        if (rewardId != null) {
            Reward reward = earns(campaignId, rewardId, amountCents);
            if (reward.getQuantity() != null && reward.getTaken() >= reward.getQuantity()) {
                throw BusinessException.ofField(BusinessException.Kind.CONFLICT, "reward", "funding.rewardGone");
            }
        }
        String token = SecretTokens.draw(32);
        Instant now = clock.instant();
        em.persist(new VisitorPledge(campaignId, email.strip(), name.strip(), amountCents, rewardId, anonymous, locale,
                SecretTokens.hash(token), now, now.plus(VISITOR_LINK)));
        mails.visitorLink(email.strip(), name.strip(), campaign, amountCents, Locale.forLanguageTag(locale), token,
                VISITOR_LINK.toHours());
    }

    /** A visitor's pledge a link opens, if it is still usable (the page that asks to confirm). */
    public Optional<VisitorPledge> visitorPledge(String token) {
        return visitor(token, LockModeType.NONE);
    }

    /** A visitor confirms: the link is used (once: two clicks at once use it once). */
    public Optional<VisitorPledge> visitorConfirmed(String token) {
        Optional<VisitorPledge> asked = visitor(token, LockModeType.PESSIMISTIC_WRITE);
        asked.ifPresent(v -> v.use(clock.instant()));
        return asked;
    }

    /** The pledge could not be made: the visitor's link works again. */
    public void visitorReleased(long id) {
        VisitorPledge asked = em.find(VisitorPledge.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (asked != null) {
            asked.release();
        }
    }

    private Optional<VisitorPledge> visitor(String token, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("SELECT v FROM VisitorPledge v WHERE v.tokenHash = :h", VisitorPledge.class)
                .setParameter("h", SecretTokens.hash(token.strip())).setLockMode(lock).getResultStream().findFirst()
                .filter(v -> v.usableAt(clock.instant()));
    }

    /** The provider opened its payment for the pledge. */
    public void started(long pledgeId, String paymentId) {
        Pledge pledge = em.find(Pledge.class, pledgeId, LockModeType.PESSIMISTIC_WRITE);
        if (pledge != null && pledge.getPaymentId() == null) {
            pledge.started(paymentId);
        }
    }

    /** The provider could not open a payment: the pledge is cancelled and its reward given back. */
    public void abandoned(long pledgeId) {
        Pledge pledge = em.find(Pledge.class, pledgeId, LockModeType.PESSIMISTIC_WRITE);
        if (pledge != null && pledge.getState() == PledgeState.PENDING) {
            move(pledge, PledgeState.CANCELLED);
        }
    }

    /**
     * Applies what the provider reports of a payment ({@code eventId}: a notification's, null for an answer or
     * reconciliation). A repeated notification, a report of a payment the portal does not know, or one whose amount
     * is not the pledge's, changes nothing.
     */
    public Applied apply(String provider, String eventId, PaymentProvider.PaymentReport report) {
        Instant now = clock.instant();
        List<Pledge> found = report.reference() == null ? List.of() : em.createQuery(
                        "SELECT p FROM Pledge p WHERE p.publicKey = :k AND p.provider = :provider", Pledge.class)
                .setParameter("k", report.reference()).setParameter("provider", provider)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Pledge pledge = found.isEmpty() ? null : found.get(0);
        if (eventId != null) {
            boolean seen = !em.createQuery("SELECT e.id FROM PaymentEvent e WHERE e.provider = :p AND e.eventId = :e",
                    Long.class).setParameter("p", provider).setParameter("e", eventId).setMaxResults(1)
                    .getResultList().isEmpty();
            if (seen) {
                return new Applied(pledge == null ? null : pledge.getId(), false, Applied.FollowUp.NONE, null);
            }
        }
        boolean moved = false;
        Applied.FollowUp followUp = Applied.FollowUp.NONE;
        if (pledge == null) {
            LOG.warning("A payment report for no known pledge (provider " + provider + ", payment "
                    + report.paymentId() + ")");
        } else if (report.amountCents() != pledge.getAmountCents()) {
            LOG.warning("Pledge " + pledge.getId() + ": the provider reports " + report.amountCents()
                    + " cents, not " + pledge.getAmountCents() + "; left as it was");
        } else {
            if (pledge.getPaymentId() == null) {
                pledge.started(report.paymentId());
            }
            pledge.checked(now);
            Optional<PledgeState> next = pledge.getState().after(report.status());
            if (next.isPresent()) {
                move(pledge, next.get());
                moved = true;
            }
            followUp = followUp(pledge, em.find(Campaign.class, pledge.getCampaignId()));
        }
        if (eventId != null) {
            em.persist(new PaymentEvent(provider, eventId, pledge == null ? null : pledge.getId(), report.status(),
                    moved, now));
        }
        return new Applied(pledge == null ? null : pledge.getId(), moved, followUp,
                pledge == null ? null : pledge.getPaymentId());
    }

    /**
     * What a closed campaign still asks of a pledge's payment: an authorised one captured (the campaign succeeded) or
     * cancelled (it failed); one taken for an all-or-nothing campaign that failed, refunded.
     */
    static Applied.FollowUp followUp(Pledge pledge, Campaign campaign) {
        if (campaign.getStatus() == CampaignStatus.OPEN) {
            return Applied.FollowUp.NONE;
        }
        boolean failed = campaign.getStatus() == CampaignStatus.FAILED;
        return switch (pledge.getState()) {
            case AUTHORIZED -> failed ? Applied.FollowUp.CANCEL : Applied.FollowUp.CAPTURE;
            case PAID -> failed ? Applied.FollowUp.REFUND : Applied.FollowUp.NONE;
            default -> Applied.FollowUp.NONE;
        };
    }

    private void move(Pledge pledge, PledgeState next) {
        boolean firstPaid = next == PledgeState.PAID && pledge.getReceiptNumber() == null;
        int delta = pledge.moveTo(next, clock.instant());
        if (delta != 0) {
            // The version and change time move too: open data's change feed and validators follow the totals
            em.createQuery("UPDATE Campaign c SET c.raisedCents = c.raisedCents + :cents, c.backers = c.backers + :n,"
                            + " c.version = c.version + 1, c.changedAt = :now WHERE c.id = :id")
                    .setParameter("cents", delta * pledge.getAmountCents()).setParameter("n", delta)
                    .setParameter("now", clock.instant())
                    .setParameter("id", pledge.getCampaignId()).executeUpdate();
        }
        if (next.finished() && pledge.getRewardId() != null) {
            em.createQuery("UPDATE Reward r SET r.taken = r.taken - 1 WHERE r.id = :id AND r.taken > 0")
                    .setParameter("id", pledge.getRewardId()).executeUpdate();
        }
        if (firstPaid) {
            int year = today().getYear();
            pledge.receipt(year, counters.next(ReceiptCounters.Series.PAYMENT, year), clock.instant());
            mails.paid(pledge, em.find(Campaign.class, pledge.getCampaignId()));
        } else if (next == PledgeState.REFUNDED) {
            mails.refunded(pledge, em.find(Campaign.class, pledge.getCampaignId()));
        }
    }

    /** The pledge's provider id of its payment and its provider, if the payment was opened. */
    public Optional<Pledge> pledge(long id) {
        return Optional.ofNullable(em.find(Pledge.class, id));
    }

    public Optional<Pledge> pledgeByKey(String key) {
        return em.createQuery("SELECT p FROM Pledge p WHERE p.publicKey = :k", Pledge.class).setParameter("k", key)
                .getResultList().stream().findFirst();
    }

    /**
     * Pledges to ask the provider about, the least recently checked first: those waiting or failed last checked before
     * {@code before} (a notification may have been lost; those whose payment never opened too, so that they expire
     * and give their rewards back); those authorised for an open campaign, last checked before
     * {@code authorizedBefore} (a held payment rarely moves: a day apart is enough); and, once their campaign closed,
     * those authorised still (to capture or cancel) or paid for a campaign that failed (to refund), last checked
     * before {@code before}: what the closing could not do at once is done by a later run.
     */
    public List<Long> unsettled(Instant before, Instant authorizedBefore, int max) {
        return em.createQuery("SELECT p.id FROM Pledge p WHERE (p.state IN :waiting AND p.checkedAt < :before)"
                        + " OR (p.state = :authorized AND p.checkedAt < :authorizedBefore)"
                        + " OR (p.state = :authorized AND p.checkedAt < :before AND p.campaignId IN"
                        + " (SELECT c.id FROM Campaign c WHERE c.status <> :open))"
                        + " OR (p.state = :paid AND p.checkedAt < :before AND p.campaignId IN"
                        + " (SELECT f.id FROM Campaign f WHERE f.status = :failed))"
                        + " ORDER BY p.checkedAt, p.id", Long.class)
                .setParameter("waiting", List.of(PledgeState.PENDING, PledgeState.FAILED))
                .setParameter("authorized", PledgeState.AUTHORIZED).setParameter("paid", PledgeState.PAID)
                .setParameter("open", CampaignStatus.OPEN).setParameter("failed", CampaignStatus.FAILED)
                .setParameter("before", before).setParameter("authorizedBefore", authorizedBefore)
                .setMaxResults(max).getResultList();
    }

    /** An official's refund done at the provider: in the audit log with its reason and the state it left. */
    public Pledge refunded(long pledgeId, String reason) {
        Pledge pledge = em.find(Pledge.class, pledgeId);
        audit.record("FUNDING_REFUNDED", "FUNDING_PLEDGE", pledgeId, pledge.getState() + " "
                + pledge.getAmountCents() + " cents: " + reason);
        return pledge;
    }

    /** What a closed campaign still asks of a pledge's payment, with its payment id; empty when nothing. */
    public Optional<Applied> followUp(long pledgeId) {
        Pledge pledge = em.find(Pledge.class, pledgeId);
        if (pledge == null || pledge.getPaymentId() == null) {
            return Optional.empty();
        }
        Applied.FollowUp followUp = followUp(pledge, em.find(Campaign.class, pledge.getCampaignId()));
        return followUp == Applied.FollowUp.NONE ? Optional.empty()
                : Optional.of(new Applied(pledgeId, false, followUp, pledge.getPaymentId()));
    }

    public void checked(long pledgeId) {
        Pledge pledge = em.find(Pledge.class, pledgeId, LockModeType.PESSIMISTIC_WRITE);
        if (pledge != null) {
            pledge.checked(clock.instant());
        }
    }

    /** A pledge left waiting or failed too long (the backer gave up): cancelled, its reward given back. */
    public void expire(long pledgeId) {
        Pledge pledge = em.find(Pledge.class, pledgeId, LockModeType.PESSIMISTIC_WRITE);
        if (pledge != null && (pledge.getState() == PledgeState.PENDING || pledge.getState() == PledgeState.FAILED)) {
            move(pledge, PledgeState.CANCELLED);
        }
    }

    /** An open campaign run by a crowdfunding provider: its id and its page there. */
    public record AtProvider(long id, String providerUrl) {
    }

    /** The open loan and investment campaigns, whose figures come from their provider. */
    public List<AtProvider> atProviders() {
        return em.createQuery("SELECT c.id, c.providerUrl FROM Campaign c WHERE c.status = :open AND c.kind IN :kinds"
                        + " AND c.providerUrl IS NOT NULL ORDER BY c.id", Object[].class)
                .setParameter("open", CampaignStatus.OPEN)
                .setParameter("kinds", List.of(CampaignKind.LOAN, CampaignKind.EQUITY)).getResultList().stream()
                .map(r -> new AtProvider((Long) r[0], (String) r[1])).toList();
    }

    /**
     * The provider's figures of a campaign it runs, kept when they changed (the version and change time move too:
     * open data follows); returns whether they did.
     */
    public boolean followed(long campaignId, PlatformProgress.Progress progress) {
        return em.createQuery("UPDATE Campaign c SET c.raisedCents = :cents, c.backers = :n,"
                        + " c.version = c.version + 1, c.changedAt = :now WHERE c.id = :id AND c.status = :open"
                        + " AND c.kind IN :kinds AND (c.raisedCents <> :cents OR c.backers <> :n)")
                .setParameter("cents", progress.raisedCents()).setParameter("n", progress.backers())
                .setParameter("now", clock.instant()).setParameter("id", campaignId)
                .setParameter("open", CampaignStatus.OPEN)
                .setParameter("kinds", List.of(CampaignKind.LOAN, CampaignKind.EQUITY)).executeUpdate() == 1;
    }

    /** Open campaigns whose closing day is over. */
    public List<Long> closing() {
        return em.createQuery("SELECT c.id FROM Campaign c WHERE c.status = :open AND c.closesOn < :today",
                        Long.class).setParameter("open", CampaignStatus.OPEN).setParameter("today", today())
                .getResultList();
    }

    /**
     * A campaign closed, and the payments its outcome moves: authorised ones to capture (it succeeded) or cancel (it
     * failed), and, when it failed, those already taken to refund.
     */
    public record Closed(CampaignStatus outcome, List<Long> pledges) {
    }

    /** Closes a campaign whose day is over (once: under its row lock), with its totals now. */
    public Optional<Closed> close(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null || campaign.getStatus() != CampaignStatus.OPEN || !today().isAfter(campaign.getClosesOn())) {
            return Optional.empty();
        }
        em.refresh(campaign);
        CampaignStatus outcome = campaign.getMode().captureLater() && !campaign.goalReached() ? CampaignStatus.FAILED
                : CampaignStatus.SUCCEEDED;
        campaign.close(outcome, campaign.getRaisedCents(), campaign.getBackers(), clock.instant());
        audit.recordBy(null, outcome == CampaignStatus.FAILED ? "FUNDING_FAILED" : "FUNDING_SUCCEEDED",
                "FUNDING_CAMPAIGN", campaignId, campaign.getRaisedCents() + " cents, " + campaign.getBackers()
                        + " backers");
        mails.closed(campaign, outcome);
        List<PledgeState> moved = outcome == CampaignStatus.FAILED
                ? List.of(PledgeState.AUTHORIZED, PledgeState.PAID) : List.of(PledgeState.AUTHORIZED);
        List<Long> pledges = em.createQuery("SELECT p.id FROM Pledge p WHERE p.campaignId = :c AND p.state IN :s"
                        + " ORDER BY p.id", Long.class).setParameter("c", campaignId)
                .setParameter("s", moved).getResultList();
        return Optional.of(new Closed(outcome, pledges));
    }
}
