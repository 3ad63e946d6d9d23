package org.civitas.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * Something the portal must deliver outside itself (a mail, a post on one of the city's accounts), written in the
 * transaction of the change that causes it and delivered later by {@link OutboxTimer}: waiting (PENDING), being
 * delivered (SENDING, claimed by one server), SENT, or DEAD (refused, or tried too often) until someone sends it
 * again by hand. Each kind is an entity of its own with its own table (a mail and a post carry different things);
 * the delivery's columns and rules are these, once.
 */
@MappedSuperclass
public abstract class OutboxItem extends BaseEntity {

    public enum State { PENDING, SENDING, SENT, DEAD }

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state = State.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxItem() {
    }

    /** Due at once. */
    protected OutboxItem(Instant now) {
        this.nextAttemptAt = now;
    }

    /** Waiting and due, or left SENDING by a server that stopped before it recorded the outcome. */
    boolean isDue(Instant now, Instant staleBefore) {
        return (state == State.PENDING && !nextAttemptAt.isAfter(now))
                || (state == State.SENDING && claimedAt.isBefore(staleBefore));
    }

    /** A server takes it for one attempt. */
    void claim(Instant now) {
        state = State.SENDING;
        claimedAt = now;
        attempts++;
    }

    /** For seeding a demo's past only: the item as its courier leaves it, delivered at {@code when}. */
    protected void seededAsDelivered(Instant when, Receipt receipt) {
        claim(when);
        delivered(when, receipt);
    }

    void delivered(Instant now, Receipt receipt) {
        state = State.SENT;
        sentAt = now;
        lastError = null;
        keep(receipt);
    }

    /** A failed attempt: tried again at {@code next}, or given up (DEAD) when {@code next} is null. */
    void failed(Integer status, String error, Instant next) {
        lastStatus = status;
        lastError = cut(error == null ? "unknown" : error, 500);
        if (next == null) {
            state = State.DEAD;
        } else {
            state = State.PENDING;
            nextAttemptAt = next;
        }
    }

    /** Sent again by hand after it died, with a fresh count of attempts. */
    void retry(Instant now) {
        state = State.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** What the receiver answered, for kinds that keep it (the post's id and address on a network). */
    protected void keep(Receipt receipt) {
    }

    protected static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }
}
