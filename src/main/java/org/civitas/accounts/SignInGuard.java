package org.civitas.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per email and per address (the one rate limiter: in the database, so that a lockout holds
 * across several servers) and applies the lockouts: 5 failures for one email within 15 minutes lock it for 15
 * minutes; an address trying many emails is locked at a higher limit (a setting: many people may share an address).
 */
@Stateless
@PermitAll
public class SignInGuard {

    static final Limit PER_EMAIL = new Limit("signin-email", 5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Inject
    private RateLimiter limiter;

    /** Failed sign-ins from one address, within the window, that lock it. */
    @Inject
    @ConfigProperty(name = "civitas.signin.ip-max-failures", defaultValue = "20")
    private int ipMaxFailures;

    private Limit perAddress() {
        return new Limit("signin-ip", ipMaxFailures, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** Until when attempts for this email or from this address are refused, if they are now. */
    public Optional<Instant> lockedUntil(String email, String ipAddress) {
        Optional<Instant> byEmail = emailLockedUntil(email);
        Optional<Instant> byIp = limiter.blockedUntil(perAddress(), ipAddress);
        if (byEmail.isPresent() && byIp.isPresent()) {
            return Optional.of(byEmail.get().isAfter(byIp.get()) ? byEmail.get() : byIp.get());
        }
        return byEmail.isPresent() ? byEmail : byIp;
    }

    public void recordFailure(String email, String ipAddress) {
        emailKey(email).ifPresent(key -> limiter.record(PER_EMAIL, key));
        limiter.record(perAddress(), ipAddress);
    }

    /**
     * Until when the account's own password cannot be checked (confirming a password change or a deletion), if it
     * cannot now: those checks count with the sign-ins of its email, so a taken-over session cannot guess either.
     */
    public Optional<Instant> emailLockedUntil(String email) {
        return emailKey(email).flatMap(key -> limiter.blockedUntil(PER_EMAIL, key));
    }

    /** Counts a wrong password given to confirm an action, in a transaction of its own (the action's rolls back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordConfirmationFailure(String email) {
        emailKey(email).ifPresent(key -> limiter.record(PER_EMAIL, key));
    }

    /** A successful sign-in forgives the email's earlier failures (not the address's). */
    public void forgive(String email) {
        emailKey(email).ifPresent(key -> limiter.forgive(PER_EMAIL, key));
    }

    /** The email as the limit counts it (normalised), when there is one. */
    private static Optional<String> emailKey(String email) {
        return Optional.ofNullable(Account.emailKey(email)).filter(key -> !key.isEmpty());
    }
}
