package org.civitas.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as people write it, ready to show without ever trusting it as markup: paragraphs separated by blank
 * lines, each a list of pieces that are either text or a web address (http or https only, so no
 * {@code javascript:} link can appear). Views print the pieces escaped and make the addresses links.
 */
public final class Paragraphs {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]", Pattern.CASE_INSENSITIVE);

    /** A piece of a paragraph: text, or a link whose text is its address. */
    public record Piece(String text, boolean link) {
    }

    private Paragraphs() {
    }

    public static List<List<Piece>> of(String text) {
        List<List<Piece>> paragraphs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return paragraphs;
        }
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(pieces(paragraph.strip()));
            }
        }
        return paragraphs;
    }

    static List<Piece> pieces(String paragraph) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = URL.matcher(paragraph);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(paragraph.substring(at, m.start()), false));
            }
            pieces.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < paragraph.length()) {
            pieces.add(new Piece(paragraph.substring(at), false));
        }
        return pieces;
    }
}
