package org.civitas.platform.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Answers that carry a validator: a 304 when the caller already has this version ({@code If-None-Match}), else the
 * fresh body, built only then; both with the same caching rule.
 */
public final class Conditional {

    private Conditional() {
    }

    /**
     * A strong validator of an answer's bytes (SHA-256, its first 96 bits): for answers built whole before they are
     * sent (feeds, the open-data catalogue and lists).
     */
    public static EntityTag tagOf(byte[] body) {
        try {
            return new EntityTag(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    public static Response.ResponseBuilder answer(Request request, EntityTag tag, CacheControl cache,
                                                  Supplier<Response.ResponseBuilder> fresh) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : fresh.get().tag(tag)).cacheControl(cache);
    }
}
