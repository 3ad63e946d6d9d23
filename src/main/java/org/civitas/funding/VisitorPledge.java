package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * A visitor's pledge waiting for the link mailed to their address: what they asked for (campaign, amount, reward,
 * anonymous or not, name, language) and the link's token (its SHA-256), usable once before it expires.
 */
@Entity
@Table(name = "funding_visitor_pledge")
public class VisitorPledge extends BaseEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "email", nullable = false, length = 254, updatable = false)
    private String email;

    @Column(name = "backer_name", nullable = false, length = 120, updatable = false)
    private String backerName;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "reward_id", updatable = false)
    private Long rewardId;

    @Column(name = "anonymous", nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "locale", nullable = false, length = 5, updatable = false)
    private String locale;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected VisitorPledge() {
    }

    VisitorPledge(long campaignId, String email, String backerName, long amountCents, Long rewardId, boolean anonymous,
                  String locale, String tokenHash, Instant now, Instant expiresAt) {
        this.campaignId = campaignId;
        this.email = email;
        this.backerName = backerName;
        this.amountCents = amountCents;
        this.rewardId = rewardId;
        this.anonymous = anonymous;
        this.locale = locale;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    /** The pledge could not be made (the reward gone, the service down): the link works again. */
    void release() {
        this.usedAt = null;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getEmail() {
        return email;
    }

    public String getBackerName() {
        return backerName;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public Long getRewardId() {
        return rewardId;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
