package org.civitas.accounts.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/** A person as an OpenID provider knows them (its {@code sub}), and the account that person signs in to. */
@Entity
@Table(name = "account_identity")
@NamedQuery(name = AccountIdentity.BY_SUBJECT,
        query = "SELECT i FROM AccountIdentity i WHERE i.provider = :provider AND i.subject = :subject")
public class AccountIdentity extends BaseEntity {

    static final String BY_SUBJECT = "AccountIdentity.bySubject";

    @Column(name = "provider", nullable = false)
    private String provider;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountIdentity() {
    }

    AccountIdentity(String provider, String subject, long accountId, Instant now) {
        this.provider = provider;
        this.subject = subject;
        this.accountId = accountId;
        this.createdAt = now;
    }

    public String getProvider() {
        return provider;
    }

    public String getSubject() {
        return subject;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
