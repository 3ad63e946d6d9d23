package org.civitas.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles the portal knows. How callers are authenticated is {@code web.SessionAuthenticationMechanism} (the
 * session holds the signed-in account) with {@link AccountIdentityStore} checking passwords and access tokens.
 */
@DeclareRoles({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
