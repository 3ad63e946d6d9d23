package org.civitas.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in is a Faces page ({@code signin.xhtml}) that calls {@code SecurityContext.authenticate}; a visitor who asks
 * for a protected page is redirected there and, once signed in, back to what they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
