package org.civitas.platform.rest;

import org.civitas.platform.BusinessException;

import java.io.Serial;
import java.util.Locale;

/**
 * Query parameters as the API's lists read them: taken as text and parsed here, so that one that does not parse is a
 * 400 naming it (Jakarta REST answers a bare 404 when it cannot convert a typed parameter).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An enum constant by name, whatever the case; null when absent. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name);
        }
    }

    /** A whole number between {@code min} and {@code max}; {@code fallback} when absent. */
    public static int number(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new BadParameterException(name);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name);
        }
    }

    /** A decimal number between {@code min} and {@code max} (a latitude, a longitude); required. */
    public static double decimal(String value, String name, double min, double max) {
        try {
            double n = Double.parseDouble(value == null ? "" : value.strip());
            if (!Double.isFinite(n) || n < min || n > max) {
                throw new BadParameterException(name);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name);
        }
    }

    /** An id (a positive long); null when absent. */
    public static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n <= 0) {
                throw new BadParameterException(name);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name);
        }
    }

    /** A query parameter that does not parse: a 400 naming it. */
    static class BadParameterException extends BusinessException {
        @Serial
        private static final long serialVersionUID = 1L;

        BadParameterException(String name) {
            super(Kind.BAD_REQUEST, "problem.badParameter", name);
        }
    }
}
