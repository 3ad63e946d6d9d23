package org.civitas.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.BaseEntity;

import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person's account. The email is kept as typed; {@code emailKey} is its normalised form, unique. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL_KEY, query = "SELECT a FROM Account a WHERE a.emailKey = :emailKey")
public class Account extends BaseEntity {

    static final String BY_EMAIL_KEY = "Account.byEmailKey";
    /** The display name every deleted account takes. */
    public static final String ANONYMOUS = "anonymous";

    /**
     * The accounts that can be told something, as a SQL condition on the {@code account} table aliased {@code a}:
     * not deleted, not blocked. Their address is {@code a.email} (null once deleted), their language {@code a.locale}.
     */
    public static final String REACHABLE_SQL = "a.deleted_at IS NULL AND a.blocked_at IS NULL";

    @Email
    @Size(max = 254)
    @Column(name = "email")
    private String email;

    @Column(name = "email_key", unique = true)
    private String emailKey;

    @NotBlank
    @Size(min = 2, max = 60)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "locale", nullable = false)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Set while moderators block the account: no sign-in, its content hidden. */
    @Column(name = "blocked_at")
    private Instant blockedAt;

    @Column(name = "blocked_reason")
    private String blockedReason;

    /** When the person proved they receive mail at {@code email}; null until then (and again after a change). */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /**
     * Which generation of sign-ins is valid: a session remembers the value it signed in under, and raising it ends
     * every session signed in before (a password changed or reset, "sign out everywhere").
     */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Locale locale, Instant now) {
        this.email = email.trim();
        this.emailKey = emailKey(email);
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.locale = locale.getLanguage();
        this.createdAt = now;
        this.passwordChangedAt = now;
        this.roles.add(Role.CITIZEN);
    }

    /** The form of an email that decides uniqueness: trimmed, Unicode-normalised, lower case. */
    public static String emailKey(String email) {
        return email == null ? null : Normalizer.normalize(email.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    /** The address proved by its own link replaces the old one, confirmed at once. */
    void changeEmail(String newEmail, Instant now) {
        this.email = newEmail.trim();
        this.emailKey = emailKey(newEmail);
        this.emailConfirmedAt = now;
    }

    /** Ends every session signed in until now; returns the generation a session signing in from now on holds. */
    int endSessions() {
        return ++sessionEpoch;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Erases what identifies the person; public contributions stay, shown as "anonymous". */
    void anonymise(Instant now) {
        this.email = null;
        this.emailKey = null;
        this.passwordHash = null;
        this.displayName = ANONYMOUS;
        this.roles.clear();
        this.emailConfirmedAt = null;
        this.sessionEpoch++;
        this.deletedAt = now;
    }

    void changeLocale(Locale newLocale) {
        this.locale = newLocale.getLanguage();
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    void block(String reason, Instant now) {
        blockedAt = now;
        blockedReason = reason;
    }

    void unblock() {
        blockedAt = null;
        blockedReason = null;
    }

    public boolean isBlocked() {
        return blockedAt != null;
    }

    public Instant getBlockedAt() {
        return blockedAt;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Whether the account has a password (an account opened through a provider has none until one is set). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
