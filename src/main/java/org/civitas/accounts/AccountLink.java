package org.civitas.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * A single-use link sent by mail: what it is for, the hash of its token (the token itself is only in the mail), until
 * when it works and when it was used. A new link of a purpose replaces the account's earlier unused ones.
 */
@Entity
@Table(name = "account_link")
public class AccountLink extends BaseEntity {

    /** What a link does once followed, and how long it may wait for that. */
    public enum Purpose {
        /** Proves the address given at registration (48 hours: a weekend away). */
        CONFIRM_EMAIL(48 * 60),
        /** Lets a person who forgot their password choose a new one (one hour, ASVS 6.4). */
        RESET_PASSWORD(60),
        /** Proves a new address before it replaces the old one (24 hours). */
        CHANGE_EMAIL(24 * 60);

        private final int minutes;

        Purpose(int minutes) {
            this.minutes = minutes;
        }

        public int minutes() {
            return minutes;
        }
    }

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {
    }

    AccountLink(long accountId, Purpose purpose, String tokenHash, String newEmail, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plusSeconds(purpose.minutes() * 60L);
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
