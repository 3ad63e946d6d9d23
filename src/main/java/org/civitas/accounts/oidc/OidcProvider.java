package org.civitas.accounts.oidc;

import java.util.List;

/**
 * An OpenID provider as the server's configuration describes it ({@code CIVITAS_OIDC_<ID>_...}): nothing about a
 * provider is in code, so FranceConnect, a town's Keycloak or any other is a matter of configuration.
 *
 * @param id               the short name in {@code CIVITAS_OIDC_PROVIDERS} and in addresses ({@code /api/oidc/{id}/…})
 * @param label            what the sign-in button says
 * @param issuer           the issuer, whose {@code /.well-known/openid-configuration} gives the endpoints
 * @param clientId         this portal's client id at the provider (the ID token's audience)
 * @param clientSecret     its secret (also the HS256 key of providers that sign with it, FranceConnect v1)
 * @param scopes           what is asked ({@code openid email profile} by default)
 * @param acrValues        the levels of assurance asked and then required of the ID token's {@code acr}, if any
 * @param verifiedIdentity whether a sign-in through this provider counts as a verified identity
 * @param basicAuth        whether the token endpoint takes the client's credentials as HTTP Basic rather than in the
 *                         form ({@code client_secret_post}, the default)
 */
public record OidcProvider(String id, String label, String issuer, String clientId, String clientSecret,
                           String scopes, List<String> acrValues, boolean verifiedIdentity, boolean basicAuth) {

    @Override
    public String toString() {
        return "OidcProvider[" + id + ", " + issuer + "]";
    }
}
