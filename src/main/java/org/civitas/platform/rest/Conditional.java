package org.civitas.platform.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * Answers that carry a validator: a 304 when the caller already has this version ({@code If-None-Match}), else the
 * fresh body, built only then; both with the same caching rule.
 */
public final class Conditional {

    private Conditional() {
    }

    public static Response.ResponseBuilder answer(Request request, EntityTag tag, CacheControl cache,
                                                  Supplier<Response.ResponseBuilder> fresh) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : fresh.get().tag(tag)).cacheControl(cache);
    }
}
