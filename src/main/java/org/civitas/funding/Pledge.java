package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;

/**
 * A backer's pledge: the campaign, the public key the provider and the return page know it by, the backer (an account;
 * the name shown unless anonymous), the amount in cents, the reward chosen, its state, whether the campaign's totals
 * count it, the provider and its payment id, the backer's language (for receipts and mails), its receipt number once
 * paid, and when it was made, confirmed, ended and last checked with the provider.
 */
@Entity
@Table(name = "funding_pledge")
public class Pledge extends ChangeTrackedEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "public_key", nullable = false, length = 32, updatable = false)
    private String publicKey;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "backer_name", nullable = false, length = 120)
    private String backerName;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "reward_id", updatable = false)
    private Long rewardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private PledgeState state;

    @Column(name = "counted", nullable = false)
    private boolean counted;

    @Column(name = "provider", nullable = false, length = 40, updatable = false)
    private String provider;

    @Column(name = "payment_id", length = 200)
    private String paymentId;

    @Column(name = "locale", nullable = false, length = 5)
    private String locale;

    @Column(name = "receipt_year")
    private Integer receiptYear;

    @Column(name = "receipt_number")
    private Long receiptNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected Pledge() {
    }

    Pledge(long campaignId, String publicKey, long accountId, String backerName, boolean anonymous, long amountCents,
           Long rewardId, String provider, String locale, Instant now) {
        this.campaignId = campaignId;
        this.publicKey = publicKey;
        this.accountId = accountId;
        this.backerName = backerName;
        this.anonymous = anonymous;
        this.amountCents = amountCents;
        this.rewardId = rewardId;
        this.state = PledgeState.PENDING;
        this.provider = provider;
        this.locale = locale;
        this.createdAt = now;
        this.checkedAt = now;
    }

    void started(String paymentId) {
        this.paymentId = paymentId;
    }

    /** Moves to {@code next}; returns by how much the totals' count changes (+1, -1 or 0). */
    int moveTo(PledgeState next, Instant now) {
        boolean wasCounted = counted;
        state = next;
        counted = next.counted();
        if (next.counted() && confirmedAt == null) {
            confirmedAt = now;
        }
        if (next.finished()) {
            endedAt = now;
        }
        return Boolean.compare(counted, wasCounted);
    }

    void checked(Instant now) {
        this.checkedAt = now;
    }

    /** Its money was taken for the first time: the receipt's number and day. */
    void receipt(int year, long number, Instant now) {
        this.receiptYear = year;
        this.receiptNumber = number;
        this.paidAt = now;
    }

    /** The account is deleted: the pledge stays counted, without its backer. */
    void forgetBacker() {
        this.accountId = null;
        this.backerName = "—";
        this.anonymous = true;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getBackerName() {
        return backerName;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public Long getRewardId() {
        return rewardId;
    }

    public PledgeState getState() {
        return state;
    }

    public boolean isCounted() {
        return counted;
    }

    public String getProvider() {
        return provider;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public String getLocale() {
        return locale;
    }

    public Integer getReceiptYear() {
        return receiptYear;
    }

    public Long getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
