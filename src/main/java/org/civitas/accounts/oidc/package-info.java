/**
 * Sign-in with OpenID Connect, part of the accounts feature: providers from the configuration only
 * ({@link org.civitas.accounts.oidc.OidcProviders}), the authorization code flow with PKCE and the ID token's checks
 * ({@link org.civitas.accounts.oidc.OidcClient}), and which account a provider's subject signs in to
 * ({@link org.civitas.accounts.oidc.OidcAccounts}, table {@code account_identity}): an address a local account already
 * uses is linked only once that account's password is given. The session is set by the accounts'
 * {@code SessionAuthenticationMechanism}, through an {@link org.civitas.accounts.oidc.OidcCredential}.
 */
package org.civitas.accounts.oidc;
