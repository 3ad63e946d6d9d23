package org.civitas.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.outbox.OutboxItem;
import org.civitas.platform.outbox.Receipt;

import java.time.Instant;

/**
 * One post to one of the city's accounts: what an official asked for (item, network, text, link), and its delivery
 * through the outbox ({@link OutboxItem}); once sent, the post's id and address on the network.
 */
@Entity
@Table(name = "publication")
public class Publication extends OutboxItem {

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "network", nullable = false, updatable = false)
    private String network;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "answer_id", updatable = false)
    private Long answerId;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "link", nullable = false, updatable = false)
    private String link;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "remote_id")
    private String remoteId;

    @Column(name = "remote_url")
    private String remoteUrl;

    @Column(name = "likes")
    private Integer likes;

    @Column(name = "reposts")
    private Integer reposts;

    @Column(name = "replies")
    private Integer replies;

    @Column(name = "engagement_at")
    private Instant engagementAt;

    @Column(name = "engagement_error", length = 300)
    private String engagementError;

    protected Publication() {
    }

    /** The demo's past: delivered at {@code when} (PublicationSeeder). */
    void seeded(Instant when, Receipt receipt) {
        seededAsDelivered(when, receipt);
    }

    /** The post's figures as its network gave them now; a failure to read them keeps the last ones and says why. */
    void engagement(Engagement engagement, String error, Instant now) {
        if (engagement != null) {
            likes = engagement.likes();
            reposts = engagement.reposts();
            replies = engagement.replies();
        }
        engagementError = error == null ? null : cut(error, 300);
        engagementAt = now;
    }

    Publication(String idempotencyKey, String network, long proposalId, Long answerId, String text, String link,
                long requestedBy, Instant now) {
        super(now);
        this.idempotencyKey = idempotencyKey;
        this.network = network;
        this.proposalId = proposalId;
        this.answerId = answerId;
        this.text = text;
        this.link = link;
        this.requestedBy = requestedBy;
        this.createdAt = now;
    }

    @Override
    protected void keep(Receipt receipt) {
        remoteId = cut(receipt.id(), 200);
        remoteUrl = cut(receipt.url(), 500);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public String getNetwork() { return network; }
    public long getProposalId() { return proposalId; }
    public Long getAnswerId() { return answerId; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public long getRequestedBy() { return requestedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getRemoteId() { return remoteId; }
    public String getRemoteUrl() { return remoteUrl; }
    public Integer getLikes() { return likes; }
    public Integer getReposts() { return reposts; }
    public Integer getReplies() { return replies; }
    public Instant getEngagementAt() { return engagementAt; }
    public String getEngagementError() { return engagementError; }
}
