package org.civitas.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * One post to one of the city's accounts: waiting (PENDING), being delivered (SENDING, claimed by a server), SENT,
 * or DEAD (refused by the network, or too many failures) until an administrator retries it.
 */
@Entity
@Table(name = "publication")
public class Publication extends BaseEntity {

    public enum State { PENDING, SENDING, SENT, DEAD }

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

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "remote_id")
    private String remoteId;

    @Column(name = "remote_url")
    private String remoteUrl;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    protected Publication() {
    }

    Publication(String idempotencyKey, String network, long proposalId, Long answerId, String text, String link,
                long requestedBy, Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.network = network;
        this.proposalId = proposalId;
        this.answerId = answerId;
        this.text = text;
        this.link = link;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
    }

    /** A server takes the publication for one attempt. */
    void claim(Instant now) {
        state = State.SENDING;
        claimedAt = now;
        attempts++;
    }

    void sent(String id, String url, Instant now) {
        state = State.SENT;
        sentAt = now;
        remoteId = cut(id, 200);
        remoteUrl = cut(url, 500);
        lastError = null;
    }

    /** A failed attempt: tried again at {@code next}, or given up (DEAD) when {@code next} is null. */
    void failed(Integer status, String error, Instant next) {
        lastStatus = status;
        lastError = cut(error, 500);
        if (next == null) {
            state = State.DEAD;
        } else {
            state = State.PENDING;
            nextAttemptAt = next;
        }
    }

    /** An administrator tries a dead publication again, with a fresh count of attempts. */
    void retry(Instant now) {
        state = State.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public String getNetwork() { return network; }
    public long getProposalId() { return proposalId; }
    public Long getAnswerId() { return answerId; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public long getRequestedBy() { return requestedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getClaimedAt() { return claimedAt; }
    public Instant getSentAt() { return sentAt; }
    public String getRemoteId() { return remoteId; }
    public String getRemoteUrl() { return remoteUrl; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
}
