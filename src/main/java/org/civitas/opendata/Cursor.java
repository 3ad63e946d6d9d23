package org.civitas.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a JSON page ends, as an opaque token for the {@code next} link: the last row's key, and in change mode its
 * change time. Keyset paging: a page costs the same whatever its depth, and rows added meanwhile are not skipped.
 */
public record Cursor(Instant changed, long key) {

    String encode(boolean changes) {
        String raw = changes && changed != null ? changed.toEpochMilli() + ":" + key : String.valueOf(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token from a {@code next} link; a token that is not one is an error for the caller (400). */
    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            int colon = raw.indexOf(':');
            if (colon < 0) {
                return new Cursor(null, Long.parseLong(raw));
            }
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))),
                    Long.parseLong(raw.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
