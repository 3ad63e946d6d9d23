package org.civitas.opendata.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;

/**
 * In front of open data: a per-address limit (the one rate limiter: counted in the database, so that every server
 * agrees; past it a 429 problem with {@code Retry-After}), and CORS headers so that any web application may read the
 * data.
 */
@Provider
@OpenData
@Priority(Priorities.AUTHENTICATION)
public class OpenDataGate implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "civitas.opendata.requests-per-minute", defaultValue = "120")
    private int perMinute;

    @Inject
    private RateLimits limits;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod())) {
            limits.take(Limit.of("opendata", perMinute, Duration.ofMinutes(1)), servletRequest.getRemoteAddr(),
                    "opendata.tooMany");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Last-Modified, Retry-After, Link");
        // Added to what the resource said (Accept, for the catalogue's formats), never in its place: a shared cache
        // must keep apart what differs by either.
        String vary = response.getHeaderString("Vary");
        response.getHeaders().putSingle("Vary", vary == null || vary.isBlank() ? "Accept-Encoding"
                : vary.toLowerCase(Locale.ROOT).contains("accept-encoding") ? vary : vary + ", Accept-Encoding");
    }
}
