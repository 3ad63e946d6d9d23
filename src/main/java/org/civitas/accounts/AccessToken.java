package org.civitas.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * A personal access token: its name, the start of the token (to recognise it), the hash of the whole, what it may do
 * (its scope) and until when.
 */
@Entity
@Table(name = "access_token")
public class AccessToken extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "token_start", nullable = false)
    private String tokenStart;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private TokenScope scope;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccessToken() {
    }

    AccessToken(long accountId, String name, String tokenHash, String tokenStart, TokenScope scope, Instant now,
                Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenStart = tokenStart;
        this.scope = scope;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** A use is recorded at most once a minute: a token used in a loop should not write on every request. */
    static final long USE_RECORDED_EVERY_SECONDS = 60;

    /** Whether a use now is worth writing down, the last one being {@code lastUsedAt} (null: never used). */
    static boolean isUseWorthRecording(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(USE_RECORDED_EVERY_SECONDS));
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getTokenStart() {
        return tokenStart;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public TokenScope getScope() {
        return scope;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Whether it still works at {@code now}: neither revoked nor expired. */
    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
