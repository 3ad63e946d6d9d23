package org.civitas.guestbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;
import java.util.Locale;

/** A message of the guest book (V46); see {@link MessageStatus} for its way to the wall. */
@Entity
@Table(name = "guestbook_message")
public class GuestbookMessage extends ChangeTrackedEntity {

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "visitor_name")
    private String visitorName;

    @Column(name = "email")
    private String email;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false)
    private Relation relation;

    @Column(name = "from_place")
    private String place;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "locale", nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MessageStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "reply")
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_by")
    private Long repliedBy;

    protected GuestbookMessage() {
    }

    /** A member's message: it waits for a moderator. */
    static GuestbookMessage ofMember(long accountId, GuestbookText text, Locale locale, Instant now) {
        GuestbookMessage m = new GuestbookMessage(text, locale, now);
        m.accountId = accountId;
        m.status = MessageStatus.PENDING;
        m.confirmedAt = now;
        return m;
    }

    /** A visitor's message: it waits for its address to be confirmed with the token mailed to it. */
    static GuestbookMessage ofVisitor(Visitor visitor, GuestbookText text, Locale locale, String tokenHash,
                                      Instant expires, Instant now) {
        GuestbookMessage m = new GuestbookMessage(text, locale, now);
        m.visitorName = visitor.name();
        m.email = visitor.email();
        m.tokenHash = tokenHash;
        m.tokenExpiresAt = expires;
        m.status = MessageStatus.UNCONFIRMED;
        return m;
    }

    private GuestbookMessage(GuestbookText text, Locale locale, Instant now) {
        this.relation = text.relation();
        this.place = text.place();
        this.body = text.body();
        this.locale = locale.getLanguage();
        this.createdAt = now;
    }

    void confirm(Instant now) {
        status = MessageStatus.PENDING;
        confirmedAt = now;
        tokenHash = null;
        tokenExpiresAt = null;
    }

    /** A moderator's decision (none: the author's account was blocked); the visitor's address is no longer needed. */
    void decide(boolean publish, String reason, Long moderator, Instant now) {
        status = publish ? MessageStatus.PUBLISHED : MessageStatus.REJECTED;
        rejectionReason = publish ? null : reason;
        moderatedAt = now;
        moderatedBy = moderator;
        if (publish && publishedAt == null) {
            publishedAt = now;
        }
        email = null;
    }

    void reply(String text, long official, Instant now) {
        reply = text;
        repliedAt = now;
        repliedBy = official;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public String getEmail() {
        return email;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getPlace() {
        return place;
    }

    public String getBody() {
        return body;
    }

    public String getLocale() {
        return locale;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getReply() {
        return reply;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }
}
