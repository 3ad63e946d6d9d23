package org.civitas.accounts.oidc;

/**
 * Why a sign-in through a provider did not happen. The sign-in page explains each in words; the detail (for the log)
 * never reaches the person. Not a {@code BusinessException}: no transaction is involved, and the callback turns it
 * into a redirect to the sign-in page rather than a problem document.
 */
public class OidcFailure extends RuntimeException {

    /** What the sign-in page says, one message each ({@code oidc.error.<name in lower case>}). */
    public enum Reason {
        /** An unknown provider, or a callback whose state is unknown, used, of another provider, or too old. */
        STATE,
        /** The provider answered with an error (the person cancelled, or it refused). */
        PROVIDER,
        /** The provider could not be reached, or answered something other than what the protocol says. */
        UNAVAILABLE,
        /** The ID token is not signed by the provider, or not for this portal, or expired, or replayed. */
        TOKEN,
        /** The provider did not give an e-mail address, which an account needs. */
        NO_EMAIL,
        /** The account may not sign in (blocked by the moderators). */
        REFUSED
    }

    private final Reason reason;

    public OidcFailure(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public OidcFailure(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
