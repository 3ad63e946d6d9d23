package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

/**
 * A reward of a campaign: its title and description, the least pledge that earns it, how many there are (null: no
 * limit) and how many are taken (by bulk updates that never pass the quantity: a reward is never oversold).
 */
@Entity
@Table(name = "funding_reward")
public class Reward extends ChangeTrackedEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "min_cents", nullable = false)
    private long minCents;

    @Column(name = "quantity")
    private Integer quantity;

    @Column(name = "taken", nullable = false, updatable = false)
    private int taken;

    protected Reward() {
    }

    Reward(long campaignId, int position, CampaignDraft.RewardDraft draft) {
        this.campaignId = campaignId;
        this.position = position;
        this.title = draft.title().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        this.minCents = draft.minCents();
        this.quantity = draft.quantity();
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getMinCents() {
        return minCents;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public int getTaken() {
        return taken;
    }

    /** How many are left; null when there is no limit. */
    public Integer getLeft() {
        return quantity == null ? null : Math.max(0, quantity - taken);
    }
}
