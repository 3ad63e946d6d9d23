package org.civitas.proposals;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable part of a proposal's address ({@code /proposals/42/pistes-cyclables-rue-de-la-gare}): lower case,
 * accents removed, anything else a hyphen, at most 80 characters cut at a word. The id decides which proposal
 * is shown; the slug is only for people and search engines, so a changed title never breaks a shared link.
 */
public final class Slugs {

    static final int MAX_LENGTH = 80;
    static final String FALLBACK = "proposition";

    private Slugs() {
    }

    public static String of(String title) {
        if (title == null) {
            return FALLBACK;
        }
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }
}
