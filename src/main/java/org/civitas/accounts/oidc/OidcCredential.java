package org.civitas.accounts.oidc;

import jakarta.security.enterprise.credential.Credential;

/**
 * A person an OpenID provider vouched for in this request (their ID token verified by {@link OidcClient}), handed to
 * {@code SecurityContext.authenticate}. Only the callback builds one, after the checks; the identity store turns it
 * into the linked account. The session keeps the provider and the ID token for the provider's logout.
 */
public record OidcCredential(String provider, String subject, String idToken) implements Credential {

    @Override
    public String toString() {
        return "OidcCredential[" + provider + "]";
    }
}
