package org.civitas.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed sign-ins in the database (so that a lockout holds across several servers) and applies
 * {@link LockoutPolicy#PER_EMAIL} and {@link LockoutPolicy#PER_IP}. Failures are kept one day, then purged.
 */
@Stateless
@PermitAll
public class SignInGuard {

    private static final Duration RETENTION = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Failed sign-ins from one address, within the window, that lock it (many people may share an address). */
    @Inject
    @ConfigProperty(name = "civitas.signin.ip-max-failures", defaultValue = "20")
    private int ipMaxFailures;

    private LockoutPolicy ipPolicy() {
        return new LockoutPolicy(ipMaxFailures, LockoutPolicy.PER_IP.window(), LockoutPolicy.PER_IP.lockout());
    }

    /** Until when attempts for this email or from this address are refused, if they are now. */
    public Optional<Instant> lockedUntil(String email, String ipAddress) {
        Instant now = clock.instant();
        Optional<Instant> byEmail = Optional.empty();
        String key = Account.emailKey(email);
        if (key != null && !key.isEmpty()) {
            byEmail = LockoutPolicy.PER_EMAIL.lockedUntil(
                    failures("SELECT f.failedAt FROM SignInFailure f WHERE f.emailKey = :v AND f.failedAt > :since",
                            key, LockoutPolicy.PER_EMAIL.horizon(now)), now);
        }
        LockoutPolicy perIp = ipPolicy();
        Optional<Instant> byIp = perIp.lockedUntil(
                failures("SELECT f.failedAt FROM SignInFailure f WHERE f.ipAddress = :v AND f.failedAt > :since",
                        ipAddress, perIp.horizon(now)), now);
        if (byEmail.isPresent() && byIp.isPresent()) {
            return Optional.of(byEmail.get().isAfter(byIp.get()) ? byEmail.get() : byIp.get());
        }
        return byEmail.isPresent() ? byEmail : byIp;
    }

    public void recordFailure(String email, String ipAddress) {
        em.persist(new SignInFailure(Account.emailKey(email), ipAddress, clock.instant()));
    }

    /** A successful sign-in forgives the email's earlier failures (not the address's). */
    public void forgive(String email) {
        em.createQuery("DELETE FROM SignInFailure f WHERE f.emailKey = :key")
                .setParameter("key", Account.emailKey(email))
                .executeUpdate();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purgeOldFailures() {
        em.createQuery("DELETE FROM SignInFailure f WHERE f.failedAt < :before")
                .setParameter("before", clock.instant().minus(RETENTION))
                .executeUpdate();
    }

    private List<Instant> failures(String jpql, String value, Instant since) {
        return em.createQuery(jpql, Instant.class)
                .setParameter("v", value)
                .setParameter("since", since)
                .getResultList();
    }
}
