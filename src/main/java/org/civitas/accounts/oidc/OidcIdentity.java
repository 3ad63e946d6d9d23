package org.civitas.accounts.oidc;

/**
 * A person as a provider vouched for them in one sign-in: the verified ID token's subject and what the provider said
 * of them (ID token and userinfo).
 *
 * @param emailVerified whether the provider says it checked the address ({@code email_verified})
 * @param idToken       the ID token itself, kept for the provider's logout ({@code id_token_hint})
 */
public record OidcIdentity(String provider, String subject, String email, boolean emailVerified, String displayName,
                           String idToken) {

    @Override
    public String toString() {
        return "OidcIdentity[" + provider + "]";
    }
}
