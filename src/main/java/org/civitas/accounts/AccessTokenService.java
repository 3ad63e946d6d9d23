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
import jakarta.validation.constraints.Size;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Personal access tokens: an account creates them (the token is shown once), lists and revokes them; a REST call
 * presenting one acts as the account. Only a SHA-256 of each token is stored.
 */
@Stateless
public class AccessTokenService {

    /** Every token starts so, which lets secret scanners recognise a leaked one. */
    public static final String PREFIX = "cvt_";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Active tokens one account may hold. */
    @Inject
    @ConfigProperty(name = "civitas.tokens.max-per-account", defaultValue = "10")
    private int maxPerAccount;

    /** A token just created: the only time its value is known. */
    public record Created(long id, String name, String token) {
    }

    /** The caller creates a token for a client they name. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Created create(@NotBlank @Size(max = 60) @PlainLine String name) {
        long owner = Callers.requireAccountId(session);
        long active = em.createQuery("SELECT COUNT(t) FROM AccessToken t WHERE t.accountId = :a AND t.revokedAt IS NULL",
                Long.class).setParameter("a", owner).getSingleResult();
        if (active >= maxPerAccount) {
            throw new TokenLimitException(maxPerAccount);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        AccessToken stored = new AccessToken(owner, name.strip(), hash(token), token.substring(0, 10), clock.instant());
        em.persist(stored);
        em.flush();
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
        token.revoke(clock.instant());
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

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
