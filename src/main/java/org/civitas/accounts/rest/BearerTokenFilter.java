package org.civitas.accounts.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.civitas.platform.rest.Problem;

/**
 * A REST call that carries an {@code Authorization} header is signed in by that header alone: a valid personal access
 * token ({@code Bearer}) was turned into the caller before the request got here ({@code SessionAuthenticationMechanism},
 * through the identity store, as any sign-in); any other {@code Authorization} header, or an unknown or revoked token,
 * left the call anonymous and is answered here with a 401. Runs before the cross-site check, which lets such calls
 * pass since no cookie carries them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BearerTokenFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.invalidToken(request.getAcceptableLanguages().isEmpty() ? null
                    : request.getAcceptableLanguages().get(0)));
        }
    }
}
