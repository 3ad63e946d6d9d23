package org.civitas.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.SecretTokens;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Personal access tokens: an account creates them (the token is shown once) for a number of days ({@link #LIFETIMES},
 * at most {@code CIVITAS_TOKENS_MAX_DAYS}) and a scope (read only, or read and write), lists and revokes them; a REST
 * call presenting one acts as the account, within the scope, until it expires. Only a SHA-256 of each token is
 * stored. Creating and revoking are in the audit log.
 */
@Stateless
public class AccessTokenService {

    /** Every token starts so, which lets secret scanners recognise a leaked one. */
    public static final String PREFIX = "cvt_";


    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The lifetimes offered, in days. */
    public static final List<Integer> LIFETIMES = List.of(7, 30, 90, 365);

    /** Active tokens one account may hold. */
    @Inject
    @ConfigProperty(name = "civitas.tokens.max-per-account", defaultValue = "10")
    private int maxPerAccount;

    /** The longest lifetime a token may be given, in days. */
    @Inject
    @ConfigProperty(name = "civitas.tokens.max-days", defaultValue = "365")
    private int maxDays;

    @Inject
    private AuditLog audit;

    /** A token just created: the only time its value is known. */
    public record Created(long id, String name, String token) {
    }

    /** The lifetimes the caller may choose, in days: those of {@link #LIFETIMES} within the configured maximum. */
    @PermitAll
    public List<Integer> lifetimes() {
        List<Integer> allowed = LIFETIMES.stream().filter(d -> d <= maxDays).toList();
        return allowed.isEmpty() ? List.of(Math.max(1, maxDays)) : allowed;
    }

    /** The caller creates a token for a client they name, for {@code days} days, with a scope. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Created create(@NotBlank @Size(max = 60) @PlainLine String name, @NotNull TokenScope scope, int days) {
        if (!lifetimes().contains(days)) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "tokenDays", "tokens.daysInvalid", maxDays);
        }
        long owner = Callers.requireAccountId(session);
        Instant now = clock.instant();
        long active = em.createQuery("SELECT COUNT(t) FROM AccessToken t WHERE t.accountId = :a AND t.revokedAt IS NULL "
                + "AND t.expiresAt > :now", Long.class).setParameter("a", owner).setParameter("now", now).getSingleResult();
        if (active >= maxPerAccount) {
            throw new TokenLimitException(maxPerAccount);
        }
        String token = PREFIX + SecretTokens.draw(32);
        AccessToken stored = new AccessToken(owner, name.strip(), SecretTokens.hash(token), token.substring(0, 10), scope,
                now, now.plus(Duration.ofDays(days)));
        em.persist(stored);
        em.flush();
        audit.record("TOKEN_CREATED", "TOKEN", stored.getId(), scope + ", " + days + " d");
        return new Created(stored.getId(), stored.getName(), token);
    }

    /** The caller's tokens, newest first, revoked ones included. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<AccessToken> mine() {
        return em.createQuery("SELECT t FROM AccessToken t WHERE t.accountId = :a ORDER BY t.createdAt DESC, t.id DESC",
                AccessToken.class).setParameter("a", Callers.requireAccountId(session)).setMaxResults(100).getResultList();
    }

    /** The caller revokes one of their tokens; revoking twice changes nothing. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void revoke(long id) {
        AccessToken token = em.find(AccessToken.class, id);
        if (token == null || token.getAccountId() != Callers.requireAccountId(session)) {
            throw new TokenNotFoundException();
        }
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
            audit.record("TOKEN_REVOKED", "TOKEN", id, null);
        }
    }

    /**
     * Writes down that a token was used now. Not through the entity: two requests at once with one token (an app
     * does that) would meet its version check and one of them would be refused. The row lock serializes them; the
     * second updates nothing.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordUse(long tokenId) {
        Instant now = clock.instant();
        em.createQuery("UPDATE AccessToken t SET t.lastUsedAt = :now WHERE t.id = :id "
                        + "AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :cutoff)")
                .setParameter("now", now).setParameter("id", tokenId)
                .setParameter("cutoff", now.minusSeconds(AccessToken.USE_RECORDED_EVERY_SECONDS)).executeUpdate();
    }
}
