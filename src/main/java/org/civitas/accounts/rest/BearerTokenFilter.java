package org.civitas.accounts.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.civitas.accounts.AccessTokenCredential;
import org.civitas.platform.rest.Problem;

import java.util.Locale;

/**
 * A REST call that carries {@code Authorization: Bearer <personal access token>} acts as the token's account for
 * this request: the token goes through Jakarta Security (the identity store checks it), so services see the caller
 * exactly as with a session. Any other {@code Authorization} header, or an unknown or revoked token, is a 401.
 * Runs before the cross-site check, which lets such calls pass since no cookie carries them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "bearer ";

    @Inject
    private SecurityContext security;

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private HttpServletResponse servletResponse;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        Locale locale = request.getAcceptableLanguages().isEmpty() ? null : request.getAcceptableLanguages().get(0);
        if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            request.abortWith(Problem.invalidToken(locale));
            return;
        }
        AuthenticationStatus status = security.authenticate(servletRequest, servletResponse, AuthenticationParameters
                .withParams().credential(new AccessTokenCredential(header.substring(SCHEME.length()).strip()))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            request.abortWith(Problem.invalidToken(locale));
        }
    }
}
