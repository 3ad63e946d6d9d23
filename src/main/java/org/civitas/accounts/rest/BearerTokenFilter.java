package org.civitas.accounts.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.civitas.accounts.AccountIdentityStore;
import org.civitas.accounts.TokenScope;
import org.civitas.platform.Texts;
import org.civitas.platform.rest.Problem;

import java.util.Locale;

/**
 * A REST call that carries an {@code Authorization} header is signed in by that header alone: a valid personal access
 * token ({@code Bearer}) was turned into the caller before the request got here ({@code SessionAuthenticationMechanism},
 * through the identity store, as any sign-in); any other {@code Authorization} header, or an unknown or revoked token,
 * left the call anonymous and is answered here with a 401. A read-only token is held to reading here, for every
 * resource at once: anything but GET, HEAD and OPTIONS is a 403. Runs before the cross-site check, which lets such
 * calls pass since no cookie carries them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BearerTokenFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return;
        }
        Locale locale = request.getAcceptableLanguages().isEmpty() ? null : request.getAcceptableLanguages().get(0);
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.invalidToken(locale));
        } else if (servletRequest.getAttribute(AccountIdentityStore.TOKEN_SCOPE_ATTRIBUTE) instanceof TokenScope scope
                && !scope.allows(request.getMethod())) {
            Locale l = Texts.supported(locale);
            request.abortWith(Problem.response(403, "token-read-only", Texts.get(l, "problem.403"),
                    Texts.get(l, "tokens.readOnlyRefused"), null));
        }
    }
}
