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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.civitas.platform.Texts;
import org.civitas.platform.rest.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In front of open data: a per-address limit (a fixed one-minute window, counted on each server, answering 429 with
 * {@code Retry-After}), and CORS headers so that any web application may read the data.
 */
@Provider
@OpenData
@Priority(Priorities.AUTHENTICATION)
public class OpenDataGate implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Map<String, long[]> WINDOWS = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "civitas.opendata.requests-per-minute", defaultValue = "120")
    private int perMinute;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod())) {
            return;
        }
        long minute = System.currentTimeMillis() / 60_000;
        String address = servletRequest.getRemoteAddr();
        long[] window = WINDOWS.compute(address, (k, w) -> w == null || w[0] != minute ? new long[]{minute, 1}
                : new long[]{minute, w[1] + 1});
        if (WINDOWS.size() > 100_000) {
            WINDOWS.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        if (window[1] > perMinute) {
            Locale locale = Texts.supported(request.getAcceptableLanguages().isEmpty() ? null
                    : request.getAcceptableLanguages().get(0));
            long retry = Math.max(1, 60 - (System.currentTimeMillis() / 1000) % 60);
            request.abortWith(Response.fromResponse(Problem.response(429, "too-many-requests",
                            Texts.get(locale, "problem.429"), Texts.get(locale, "opendata.tooMany", perMinute), null))
                    .header("Retry-After", retry).build());
        }
    }

    /** Forgets every address's count (the tests, which all come from one address, start each limit afresh). */
    static void forgetCounts() {
        WINDOWS.clear();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Last-Modified, Retry-After, Link");
        response.getHeaders().putSingle("Vary", "Accept-Encoding");
    }
}
