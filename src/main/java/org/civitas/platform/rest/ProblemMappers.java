package org.civitas.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Persistence;
import org.civitas.platform.RateLimitedException;
import org.civitas.platform.Texts;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Translates every failure of a REST call into a problem-details response: business failures to 404, 409, 422,
 * 403 or 429; validation failures to 422 with the fields; unexpected failures to a 500 whose body says nothing of
 * the code (the stack trace goes to the log only).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Every failure, translated; the mappers below only pick the most specific entry point for Jakarta REST. */
    static Response toResponse(Throwable thrown, HttpHeaders headers) {
        Throwable e = unwrap(thrown);
        Locale locale = locale(headers);
        if (e instanceof BusinessException b) {
            int status = switch (b.getKind()) {
                case BAD_REQUEST -> 400;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case FORBIDDEN -> 403;
                case TOO_MANY -> 429;
                case INVALID -> 422;
                case UNAVAILABLE -> 503;
            };
            List<Problem.FieldError> errors = b.getField() == null ? null : b.getReasons().stream()
                    .map(r -> new Problem.FieldError(b.getField(), Texts.get(locale, r.messageKey(), r.arguments())))
                    .toList();
            Response response = Problem.response(status, b.getMessageKey(), Texts.get(locale, "problem." + status),
                    Texts.get(locale, b.getMessageKey(), b.getArguments()), errors);
            if (b instanceof RateLimitedException limited) {
                return Response.fromResponse(response).header("Retry-After", limited.getRetryAfterSeconds()).build();
            }
            if (status == 503) {
                return Response.fromResponse(response).header("Retry-After", 30).build();
            }
            return response;
        }
        if (e instanceof ConstraintViolationException v) {
            List<Problem.FieldError> errors = v.getConstraintViolations().stream()
                    .map(c -> new Problem.FieldError(leaf(c.getPropertyPath().toString()), c.getMessage()))
                    .toList();
            return Problem.response(422, "validation", Texts.get(locale, "problem.422"),
                    Texts.get(locale, "problem.validation"), errors);
        }
        if (Persistence.isContention(e)) {
            // Given up by the database for other transactions at the same moment: nothing written, send it again.
            LOG.info("A REST call met other transactions at the same moment: answered 503, to be sent again");
            return Response.fromResponse(Problem.response(503, "busy", Texts.get(locale, "problem.503"),
                    Texts.get(locale, "problem.busy"), null)).header("Retry-After", 1).build();
        }
        if (e instanceof JsonbException || e instanceof JsonException
                || e instanceof ProcessingException) {
            return Problem.response(400, "malformed", Texts.get(locale, "problem.400"),
                    Texts.get(locale, "problem.malformed"), null);
        }
        if (e instanceof EJBAccessException || e instanceof SecurityException) {
            return Problem.response(403, "forbidden", Texts.get(locale, "problem.403"),
                    Texts.get(locale, "problem.forbidden"), null);
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            // A deliberate answer (a 404, a 501 for a format not offered); a 500 is a failure, logged below.
            if (status != 500) {
                return Problem.response(status, "http-" + status, Texts.get(locale, "problem." + status),
                        Texts.get(locale, "problem.http"), null);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure of a REST call", thrown);
        return Problem.response(500, "internal", Texts.get(locale, "problem.500"),
                Texts.get(locale, "error.500.text"), null);
    }

    private static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Texts.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The entry points Jakarta REST picks by exception type; each translates through {@link #toResponse}. */
    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(E e) {
            return ProblemMappers.toResponse(e, headers);
        }
    }

    /** Anything unexpected (and malformed requests the runtime rejects). */
    @Provider
    public static class Unexpected extends Mapper<Throwable> {
    }

    /** Business failures. */
    @Provider
    public static class Business extends Mapper<BusinessException> {
    }

    /** Bean Validation of parameters: more specific than the runtime's own mapper, which would answer 400. */
    @Provider
    public static class Validation extends Mapper<ConstraintViolationException> {
    }

    /** EJB wrappers: unwrapped, then translated like their cause. */
    @Provider
    public static class Ejb extends Mapper<EJBException> {
    }
}
