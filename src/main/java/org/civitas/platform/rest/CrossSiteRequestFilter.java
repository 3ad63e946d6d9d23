package org.civitas.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.civitas.platform.Texts;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * REST calls that change something and ride on the session cookie must come from the portal's own pages: their
 * {@code Origin} (or, failing that, {@code Referer}) must be this server. Calls carrying an
 * {@code Authorization} header, or no cookie at all, are not cookie-borne and pass (they are then signed in by
 * their token, or answered 401); reads always pass.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getCookies().isEmpty()) {
            return;
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        if (host == null) {
            // HTTP/2 carries the authority in its own pseudo-header, not in Host
            host = request.getUriInfo().getRequestUri().getRawAuthority();
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeaderString("Referer");
        }
        if (host == null || origin == null || !sameHost(origin, host)) {
            Locale locale = Texts.supported(request.getAcceptableLanguages().isEmpty() ? null
                    : request.getAcceptableLanguages().get(0));
            request.abortWith(Problem.response(403, "cross-site", Texts.get(locale, "problem.403"),
                    Texts.get(locale, "problem.crossSite"), null));
        }
    }

    static boolean sameHost(String originOrReferer, String host) {
        try {
            URI uri = URI.create(originOrReferer.trim());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
