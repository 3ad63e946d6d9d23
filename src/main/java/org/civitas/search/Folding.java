package org.civitas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words as search compares them: lower case, accents off ({@code École} is {@code ecole}), {@code œ} as {@code oe}
 * (the Java twin of PostgreSQL's {@code civitas_fold}), and the highlighting of found words in an excerpt. Plain Java:
 * tested by {@code FoldingTest}.
 */
public final class Folding {

    /** The longest query looked at, and its most words. */
    static final int MAX_QUERY = 200;
    static final int MAX_WORDS = 8;

    private Folding() {
    }

    /** One character folded (to one or two letters, or itself). */
    static String fold(char c) {
        char lower = Character.toLowerCase(c);
        if (lower == 'œ') {
            return "oe";
        }
        if (lower == 'æ') {
            return "ae";
        }
        if (lower == '’') {
            return "'";
        }
        if (lower < 128) {
            return String.valueOf(lower);
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return base == 'ø' ? "o" : String.valueOf(base);
    }

    /** A text folded. */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    /**
     * The words of a query, folded, without repeats: letters and digits, two at least, at most {@link #MAX_WORDS}
     * of them (a phrase's quotes and an excluding minus are PostgreSQL's business; here they only separate words).
     */
    public static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        String cut = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        Set<String> words = new LinkedHashSet<>();
        for (String word : fold(cut).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2 && words.size() < MAX_WORDS && !word.startsWith("-")) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /**
     * The part of a word that must match, as a light stemmer would keep it: "jardins" and "jardinage" both begin with
     * "jardin"; short words are kept whole.
     */
    static String stem(String word) {
        return word.length() <= 4 ? word : word.substring(0, Math.max(4, word.length() - 2));
    }

    /** Whether a folded text has a word beginning with the stem of each query word. */
    static boolean matchesAll(String foldedText, List<String> words) {
        for (String word : words) {
            if (firstWordStart(foldedText, stem(word), 0) < 0) {
                return false;
            }
        }
        return true;
    }

    /** How many words of a folded text begin with one of the query words' stems: a simple rank. */
    static int occurrences(String foldedText, List<String> words) {
        int count = 0;
        for (String word : words) {
            String stem = stem(word);
            for (int at = firstWordStart(foldedText, stem, 0); at >= 0; at = firstWordStart(foldedText, stem, at + 1)) {
                count++;
            }
        }
        return count;
    }

    private static int firstWordStart(String folded, String stem, int from) {
        for (int at = folded.indexOf(stem, from); at >= 0; at = folded.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * About {@code length} characters of a text around the first word found, escaped for HTML, every found word in
     * {@code <mark>}: the only markup it holds. The text's start when no word is found (a match by stem in another
     * language).
     */
    public static String excerpt(String text, List<String> words, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // The folded text, and for each of its characters the original's position
        StringBuilder folded = new StringBuilder(text.length());
        List<Integer> origin = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            String f = fold(text.charAt(i));
            folded.append(f);
            for (int k = 0; k < f.length(); k++) {
                origin.add(i);
            }
        }
        String f = folded.toString();
        boolean[] marked = new boolean[text.length()];
        int first = -1;
        for (String word : words) {
            String stem = stem(word);
            for (int at = firstWordStart(f, stem, 0); at >= 0; at = firstWordStart(f, stem, at + 1)) {
                int end = at;
                while (end < f.length() && Character.isLetterOrDigit(f.charAt(end))) {
                    end++;
                }
                int from = origin.get(at);
                int to = origin.get(end - 1);
                for (int i = from; i <= to; i++) {
                    marked[i] = true;
                }
                first = first < 0 ? from : Math.min(first, from);
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - length / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + length);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        StringBuilder html = new StringBuilder(end - start + 40);
        if (start > 0) {
            html.append("… ");
        }
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i] && !open) {
                html.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                html.append("</mark>");
                open = false;
            }
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n', '\r' -> html.append(' ');
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        if (end < text.length()) {
            html.append(" …");
        }
        return html.toString();
    }

    /** The excerpt without its marks: for the API, which gives plain text. */
    public static String plain(String excerptHtml) {
        return excerptHtml.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
