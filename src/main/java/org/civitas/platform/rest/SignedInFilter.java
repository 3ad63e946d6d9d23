package org.civitas.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place REST answers "sign in first": a 401 problem for methods marked {@link SignedIn} when nobody is
 * signed in, before the resource or its service is reached. Runs after {@link CrossSiteRequestFilter}.
 */
@Provider
@SignedIn
@Priority(Priorities.AUTHORIZATION)
public class SignedInFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.unauthorized(request.getAcceptableLanguages().isEmpty() ? null
                    : request.getAcceptableLanguages().get(0)));
        }
    }
}
