package org.civitas.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.outbox.OutboxItem;

import java.time.Instant;

/** One mail in the outbox: to whom, what, and its delivery (see {@link OutboxItem}). */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends OutboxItem {

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The recipient's account, for a mail one can stop with one click ({@link UnsubscribeLinks}). */
    @Column(name = "account_id")
    private Long accountId;

    /** What that click stops: a kind of notice. */
    @Column(name = "topic")
    private String topic;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, Instant now) {
        super(now);
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getTopic() {
        return topic;
    }
}
