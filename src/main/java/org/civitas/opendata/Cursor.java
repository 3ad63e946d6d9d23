package org.civitas.opendata;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a JSON page ends, as an opaque token for the {@code next} link: the last row's key and, following changes,
 * its exact change time (to the nanosecond the database keeps: a cursor rounded to the millisecond repeated rows and
 * could loop on one) and the horizon the first page fixed ({@code asOf}), so that every page of one pass reads the
 * same settled changes. Keyset paging: a page costs the same whatever its depth.
 */
public record Cursor(Instant asOf, Instant changed, long key) {

    private static final String CHANGES = "c";
    private static final String FULL = "f";

    String encode(boolean changes) {
        String raw;
        if (changes && changed != null && asOf != null) {
            raw = CHANGES + ":" + exact(asOf) + ":" + exact(changed) + ":" + key;
        } else if (asOf != null) {
            raw = FULL + ":" + exact(asOf) + ":" + key;
        } else {
            raw = String.valueOf(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token from a {@code next} link; a token that is not one is an error for the caller (400). */
    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            String[] parts = raw.split(":", -1);
            if (parts.length == 1) {
                return new Cursor(null, null, Long.parseLong(raw));
            }
            if (parts.length == 3 && FULL.equals(parts[0])) {
                return new Cursor(instant(parts[1]), null, Long.parseLong(parts[2]));
            }
            if (parts.length == 4 && CHANGES.equals(parts[0])) {
                return new Cursor(instant(parts[1]), instant(parts[2]), Long.parseLong(parts[3]));
            }
            throw new IllegalArgumentException("not a cursor");
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }

    private static String exact(Instant instant) {
        return instant.getEpochSecond() + "." + instant.getNano();
    }

    private static Instant instant(String exact) {
        int dot = exact.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not a cursor");
        }
        long nanos = Long.parseLong(exact.substring(dot + 1));
        if (nanos < 0 || nanos > 999_999_999) {
            throw new IllegalArgumentException("not a cursor");
        }
        return Instant.ofEpochSecond(Long.parseLong(exact.substring(0, dot)), nanos);
    }
}
