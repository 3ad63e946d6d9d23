package org.civitas.platform;

import java.util.OptionalLong;

/** Reading numbers that people type or edit in addresses: anything that is not a number is simply absent. */
public final class Numbers {

    private Numbers() {
    }

    /** The whole number in {@code value} (spaces around it allowed), or empty for null, blank or not a number. */
    public static OptionalLong parse(String value) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The number as a nullable Long, for JSF-bound fields. */
    public static Long parseOrNull(String value) {
        OptionalLong n = parse(value);
        return n.isPresent() ? n.getAsLong() : null;
    }

    /** A page number (1-based) from an address: 1 when absent or wrong, never more than {@code max}. */
    public static int page(String value, int max) {
        return (int) Math.max(1, Math.min(parse(value).orElse(1), max));
    }
}
