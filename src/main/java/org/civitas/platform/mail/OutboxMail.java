package org.civitas.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Duration;
import java.time.Instant;

/** One mail waiting to be sent, sent, or given up after too many attempts. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends BaseEntity {

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    boolean isDue(Instant now) {
        return sentAt == null && failedAt == null && !nextAttemptAt.isAfter(now);
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: the next one waits twice as long as the last (base, 2 × base, 4 × base... at most a day). */
    void failed(String error, Instant now, Duration base, int maxAttempts) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= maxAttempts) {
            failedAt = now;
            return;
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = base.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getLastError() {
        return lastError;
    }
}
