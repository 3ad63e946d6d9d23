package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;

/** News the campaign's team posts on its page. */
@Entity
@Table(name = "funding_update")
public class CampaignUpdate extends ChangeTrackedEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CampaignUpdate() {
    }

    CampaignUpdate(long campaignId, long authorId, String body, Instant now) {
        this.campaignId = campaignId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
