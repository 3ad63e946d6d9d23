package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.civitas.platform.SecretTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues and redeems the links sent by mail, in the caller's transaction. A token is 256 random bits; only its SHA-256
 * is stored, so the table read by an attacker opens nothing. Redeeming locks the link's row: two clicks at once use it
 * once.
 */
@ApplicationScoped
class AccountLinks {

    /** The longest token a link carries (43 characters of base64url); anything longer is not one of ours. */
    private static final int TOKEN_LENGTH = 43;


    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A new link for the account, replacing its unused ones of the same purpose; returns the token to mail. */
    String issue(long accountId, AccountLink.Purpose purpose, String newEmail) {
        Instant now = clock.instant();
        em.createQuery("UPDATE AccountLink l SET l.usedAt = :now WHERE l.accountId = :a AND l.purpose = :p "
                        + "AND l.usedAt IS NULL")
                .setParameter("now", now).setParameter("a", accountId).setParameter("p", purpose).executeUpdate();
        String token = SecretTokens.draw(32);
        em.persist(new AccountLink(accountId, purpose, SecretTokens.hash(token), newEmail, now));
        return token;
    }

    /** The link a token opens, if it is still usable for this purpose: then it is used, once and for all. */
    Optional<AccountLink> redeem(String token, AccountLink.Purpose purpose) {
        Optional<AccountLink> link = usable(token, purpose, LockModeType.PESSIMISTIC_WRITE);
        link.ifPresent(l -> l.use(clock.instant()));
        return link;
    }

    /** Whether a token still opens a link of this purpose, without using it (the page that asks for the password). */
    Optional<AccountLink> peek(String token, AccountLink.Purpose purpose) {
        return usable(token, purpose, LockModeType.NONE);
    }

    /** Unused links of the account end (its password changed: an older reset link must not work). */
    void endAll(long accountId) {
        em.createQuery("UPDATE AccountLink l SET l.usedAt = :now WHERE l.accountId = :a AND l.usedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("a", accountId).executeUpdate();
    }

    private Optional<AccountLink> usable(String token, AccountLink.Purpose purpose, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > TOKEN_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM AccountLink l WHERE l.tokenHash = :h AND l.purpose = :p",
                        AccountLink.class)
                .setParameter("h", SecretTokens.hash(token.strip())).setParameter("p", purpose)
                .setLockMode(lock).getResultStream().findFirst()
                .filter(l -> l.isUsableAt(clock.instant()));
    }
}
