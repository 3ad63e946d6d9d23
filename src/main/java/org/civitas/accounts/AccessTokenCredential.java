package org.civitas.accounts;

import jakarta.security.enterprise.credential.Credential;

/** A personal access token presented as {@code Authorization: Bearer}, for the identity store to check. */
public record AccessTokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "AccessTokenCredential[…]";
    }
}
