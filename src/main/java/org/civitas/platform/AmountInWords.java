package org.civitas.platform;

import java.util.Locale;

/**
 * An amount in euros written out in words, as a French tax receipt states it besides the figures (the Cerfa form's
 * "somme en toutes lettres"): "mille deux cent trente-quatre euros et cinquante centimes", "one thousand two hundred
 * and thirty-four euros and fifty cents". French follows the traditional spelling (vingt et un, quatre-vingts, deux
 * cents, mille invariable, un million d'euros); English the British one. Whole amounts below a thousand billion euros.
 */
public final class AmountInWords {

    private static final String[] FR_UNITS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
            "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    private static final String[] FR_TENS = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
    private static final String[] EN_UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};

    private AmountInWords() {
    }

    /** The amount in cents written out in the reader's language (English, or French for anything else). */
    public static String euros(long cents, Locale locale) {
        if (cents < 0 || cents >= 100_000_000_000_000L) {
            throw new IllegalArgumentException("An amount from 0 to 999,999,999,999.99 euros");
        }
        long whole = cents / 100;
        int rest = (int) (cents % 100);
        return locale != null && "en".equals(locale.getLanguage()) ? english(whole, rest) : french(whole, rest);
    }

    private static String french(long whole, int rest) {
        String euros = frenchNumber(whole) + (whole % 1_000_000 == 0 && whole > 0 ? " d’euros"
                : whole > 1 ? " euros" : " euro");
        if (rest == 0) {
            return euros;
        }
        return euros + " et " + frenchNumber(rest) + (rest > 1 ? " centimes" : " centime");
    }

    /** A whole number in French words. */
    static String frenchNumber(long n) {
        if (n == 0) {
            return FR_UNITS[0];
        }
        StringBuilder words = new StringBuilder();
        long billions = n / 1_000_000_000;
        long millions = n / 1_000_000 % 1_000;
        long thousands = n / 1_000 % 1_000;
        int units = (int) (n % 1_000);
        if (billions > 0) {
            words.append(frenchBelowThousand((int) billions, true)).append(billions > 1 ? " milliards" : " milliard");
        }
        if (millions > 0) {
            append(words, frenchBelowThousand((int) millions, true) + (millions > 1 ? " millions" : " million"));
        }
        if (thousands > 0) {
            // mille is invariable and takes no "un"; cent and quatre-vingt before it take no s
            append(words, thousands == 1 ? "mille" : frenchBelowThousand((int) thousands, false) + " mille");
        }
        if (units > 0) {
            append(words, frenchBelowThousand(units, true));
        }
        return words.toString();
    }

    /** 1 to 999; {@code last}: nothing follows but a noun (millions) or the end, so cents and quatre-vingts take s. */
    private static String frenchBelowThousand(int n, boolean last) {
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder words = new StringBuilder();
        if (hundreds > 0) {
            words.append(hundreds == 1 ? "cent" : FR_UNITS[hundreds] + " cent");
            if (hundreds > 1 && rest == 0 && last) {
                words.append('s');
            }
        }
        if (rest > 0) {
            append(words, frenchBelowHundred(rest, last));
        }
        return words.toString();
    }

    private static String frenchBelowHundred(int n, boolean last) {
        if (n <= 16) {
            return FR_UNITS[n];
        }
        if (n < 20) {
            return "dix-" + FR_UNITS[n - 10];
        }
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 7 || tens == 9) {
            // soixante-dix, soixante et onze, quatre-vingt-dix, quatre-vingt-onze
            String base = tens == 7 ? "soixante" : "quatre-vingt";
            String below = frenchBelowHundred(10 + unit, last);
            return base + (tens == 7 && unit == 1 ? " et " : "-") + below;
        }
        if (tens == 8) {
            return unit == 0 ? (last ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + FR_UNITS[unit];
        }
        if (unit == 0) {
            return FR_TENS[tens];
        }
        return FR_TENS[tens] + (unit == 1 ? " et un" : "-" + FR_UNITS[unit]);
    }

    private static String english(long whole, int rest) {
        String euros = englishNumber(whole) + (whole == 1 ? " euro" : " euros");
        return rest == 0 ? euros : euros + " and " + englishNumber(rest) + (rest == 1 ? " cent" : " cents");
    }

    /** A whole number in British English words. */
    static String englishNumber(long n) {
        if (n == 0) {
            return EN_UNITS[0];
        }
        String[] scales = {"", " thousand", " million", " billion"};
        StringBuilder words = new StringBuilder();
        long[] groups = {n / 1_000_000_000, n / 1_000_000 % 1_000, n / 1_000 % 1_000, n % 1_000};
        for (int i = 0; i < groups.length; i++) {
            int group = (int) groups[i];
            if (group == 0) {
                continue;
            }
            boolean lastGroup = i == groups.length - 1;
            if (lastGroup && group < 100 && words.length() > 0) {
                // one thousand and five
                words.append(" and");
            }
            append(words, englishBelowThousand(group) + scales[groups.length - 1 - i]);
        }
        return words.toString();
    }

    private static String englishBelowThousand(int n) {
        int hundreds = n / 100;
        int rest = n % 100;
        String tail = rest == 0 ? "" : rest < 20 ? EN_UNITS[rest]
                : EN_TENS[rest / 10] + (rest % 10 == 0 ? "" : "-" + EN_UNITS[rest % 10]);
        if (hundreds == 0) {
            return tail;
        }
        return EN_UNITS[hundreds] + " hundred" + (tail.isEmpty() ? "" : " and " + tail);
    }

    private static void append(StringBuilder words, String part) {
        if (words.length() > 0) {
            words.append(' ');
        }
        words.append(part);
    }
}
