package org.civitas.town;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2.1 contrast between colours written {@code #rrggbb}: relative luminance of sRGB (success criterion 1.4.3's
 * definition), ratio (L1 + 0.05) / (L2 + 0.05) from 1 to 21. The town's main colour carries white text (buttons, the
 * language switch) and is itself text on the light backgrounds the theme puts under it (links on the page, chips on
 * its tint): {@link #worstForTheme} is the lowest of these, which must reach {@link #AA} (4.5:1).
 */
public final class Contrast {

    /** WCAG AA for normal text. */
    public static final double AA = 4.5;

    /** A colour as a form or the API writes it. */
    public static final String HEX = "#[0-9a-fA-F]{6}";

    private static final Pattern HEX_PATTERN = Pattern.compile(HEX);

    /** The page background under links (civitas.css {@code --bg}). */
    static final String PAGE_BACKGROUND = "#f6f6f6";

    private Contrast() {
    }

    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The lowest contrast of the texts the theme sets with the main colour: white on it, it on white, page, tint. */
    public static double worstForTheme(String colour) {
        return Math.min(Math.min(ratio("#ffffff", colour), ratio(colour, PAGE_BACKGROUND)), ratio(colour, tint(colour)));
    }

    /** The colour mixed with white (9 parts white in 10): backgrounds of chips and the home page's banner. */
    public static String tint(String colour) {
        return mix(colour, 255, 0.9);
    }

    /** The colour darkened by a fifth: buttons under the pointer (a darker colour keeps white text readable). */
    public static String shade(String colour) {
        return mix(colour, 0, 0.2);
    }

    public static boolean isHex(String colour) {
        return colour != null && HEX_PATTERN.matcher(colour).matches();
    }

    private static String mix(String colour, int with, double part) {
        int[] rgb = rgb(colour);
        StringBuilder out = new StringBuilder("#");
        for (int c : rgb) {
            out.append(String.format(Locale.ROOT, "%02x", (int) Math.round(c * (1 - part) + with * part)));
        }
        return out.toString();
    }

    static double luminance(String colour) {
        int[] rgb = rgb(colour);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String colour) {
        if (!isHex(colour)) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + colour);
        }
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[]{(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }
}
