package org.civitas.watch;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The keywords that narrow a source, separated by commas or line breaks: an item is kept when its title or text has
 * one of them, whatever the case and accents ("besancon" finds "Besançon"); none keeps everything.
 */
final class Keywords {

    private final List<String> words;

    private Keywords(List<String> words) {
        this.words = words;
    }

    static Keywords of(String keywords) {
        return new Keywords(keywords == null ? List.of() : Arrays.stream(keywords.split("[,\\n;]"))
                .map(Keywords::fold).filter(w -> !w.isBlank()).distinct().toList());
    }

    boolean keeps(Found found) {
        if (words.isEmpty()) {
            return true;
        }
        String text = fold((found.title() == null ? "" : found.title()) + "\n" + (found.body() == null ? "" : found.body()));
        return words.stream().anyMatch(text::contains);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
