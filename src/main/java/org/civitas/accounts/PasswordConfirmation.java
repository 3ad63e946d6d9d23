package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.RateLimitedException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks the password a signed-in person gives to confirm an action on their account (a new password, a new address,
 * a deletion). Wrong ones count with the failed sign-ins of its email ({@link SignInGuard}): after five in 15 minutes
 * the checks are refused for 15 minutes, as the sign-in is, so a taken-over session cannot guess either.
 */
@ApplicationScoped
class PasswordConfirmation {

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInGuard guard;

    @Inject
    private Clock clock;

    void check(Account account, String password, String field) {
        Optional<Instant> locked = guard.emailLockedUntil(account.getEmail());
        if (locked.isPresent()) {
            throw RateLimitedException.until("account.passwordLocked", SignInGuard.PER_EMAIL.max(), clock.instant(),
                    locked.get());
        }
        if (password == null || !hasher.verify(password, account.getPasswordHash())) {
            guard.recordConfirmationFailure(account.getEmail());
            throw new WrongPasswordException(field);
        }
    }
}
