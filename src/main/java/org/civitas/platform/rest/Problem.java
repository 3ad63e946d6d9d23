package org.civitas.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.platform.Texts;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem-details body. {@code type} names the kind of problem (a stable URI under /problems/),
 * {@code detail} says it in the caller's language, {@code errors} lists field errors when there are several.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json", "UTF-8");

    public record FieldError(String field, String message) {
    }

    /** 401 for a call that needs a signed-in caller or a personal access token. */
    public static Response unauthorized(Locale locale) {
        Locale l = Texts.supported(locale);
        return Response.fromResponse(response(401, "unauthorized", Texts.get(l, "problem.401"),
                Texts.get(l, "problem.signInNeeded"), null))
                .header("WWW-Authenticate", "Bearer realm=\"civitas\"").build();
    }

    /** 401 for a call whose {@code Authorization} header is not a valid, unrevoked personal access token. */
    public static Response invalidToken(Locale locale) {
        Locale l = Texts.supported(locale);
        return Response.fromResponse(response(401, "invalid-token", Texts.get(l, "problem.401"),
                Texts.get(l, "problem.invalidToken"), null))
                .header("WWW-Authenticate", "Bearer realm=\"civitas\", error=\"invalid_token\"").build();
    }

    public static Response response(int status, String code, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("/problems/" + code, title, status, detail, errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
