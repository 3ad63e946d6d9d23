package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** A resident's offer for a need: how many (items, or themselves and others), a note for the team, shown or not. */
@Entity
@Table(name = "funding_offer")
public class Offer extends BaseEntity {

    @Column(name = "need_id", nullable = false, updatable = false)
    private long needId;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Offer() {
    }

    Offer(long needId, long campaignId, long accountId, int quantity, String note, boolean anonymous, Instant now) {
        this.needId = needId;
        this.campaignId = campaignId;
        this.accountId = accountId;
        this.quantity = quantity;
        this.note = note;
        this.anonymous = anonymous;
        this.createdAt = now;
    }

    /** Its author's account is deleted: the offer stays counted, without its note or a name. */
    void forgetNote() {
        this.note = null;
        this.anonymous = true;
    }

    public long getNeedId() {
        return needId;
    }

    public long getAccountId() {
        return accountId;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getNote() {
        return note;
    }
}
