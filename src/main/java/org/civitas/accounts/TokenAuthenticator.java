package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.civitas.platform.SecretTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a personal access token speaks for, asked by {@link AccountIdentityStore} on every REST call that presents
 * one. A plain bean, not an enterprise bean: it only reads, without a transaction, and runs before there is a caller
 * to check, so the container's invocation (security collaborator, transaction strategy, interceptors: a fifth of a
 * token request's authentication) bought nothing. The once-a-minute record of the use is
 * {@link AccessTokenService#recordUse}, in its own transaction.
 */
@ApplicationScoped
public class TokenAuthenticator {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccessTokenService tokens;

    /**
     * An active account, its roles and the token's scope, or nothing for an unknown, revoked or expired token or an
     * account that cannot act.
     */
    public Optional<Identity> authenticate(String token) {
        if (token == null || !token.startsWith(AccessTokenService.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        // One statement: the token, its account and the account's roles (one row per role), no entity built.
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("SELECT t.id, t.lastUsedAt, a.id, r, t.scope FROM AccessToken t, Account a "
                        + "LEFT JOIN a.roles r WHERE t.tokenHash = :h AND a.id = t.accountId AND t.revokedAt IS NULL "
                        + "AND t.expiresAt > :now AND a.deletedAt IS NULL AND a.blockedAt IS NULL", Object[].class)
                .setParameter("h", SecretTokens.hash(token)).setParameter("now", now).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        if (AccessToken.isUseWorthRecording((Instant) first[1], now)) {
            tokens.recordUse((Long) first[0]);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().filter(row -> row[3] != null).forEach(row -> roles.add((Role) row[3]));
        return Optional.of(new Identity((Long) first[2], Set.copyOf(roles), (TokenScope) first[4]));
    }

    /** The account a token speaks for, and what the token may do. */
    public record Identity(long accountId, Set<Role> roles, TokenScope scope) {
    }
}
