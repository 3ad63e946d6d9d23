package org.civitas.platform;

/**
 * What a request brought, made fit for one line of the log: control characters (a line break would let a caller
 * write a line of their own) become spaces, and the text is cut at 200 characters.
 */
public final class LogLines {

    private static final int MAX = 200;

    private LogLines() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }
}
