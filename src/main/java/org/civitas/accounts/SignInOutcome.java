package org.civitas.accounts;

import java.time.Instant;
import java.util.Set;

/** What a sign-in attempt came to. {@code lockedUntil} is set only when attempts are refused for a while. */
public record SignInOutcome(Status status, Long accountId, Set<Role> roles, Instant lockedUntil) {

    public enum Status { SIGNED_IN, REFUSED, LOCKED, BLOCKED }

    static SignInOutcome signedIn(Account account) {
        return new SignInOutcome(Status.SIGNED_IN, account.getId(), account.getRoles(), null);
    }

    static SignInOutcome refused() {
        return new SignInOutcome(Status.REFUSED, null, Set.of(), null);
    }

    static SignInOutcome blocked() {
        return new SignInOutcome(Status.BLOCKED, null, Set.of(), null);
    }

    static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Status.LOCKED, null, Set.of(), until);
    }
}
