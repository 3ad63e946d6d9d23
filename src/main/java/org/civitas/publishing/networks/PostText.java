package org.civitas.publishing.networks;

/** Fitting a post's text and link within a network's limit. */
final class PostText {

    private PostText() {
    }

    /** The text, cut with an ellipsis when needed, a blank line, then the link; at most {@code max} characters. */
    static String fit(String text, String link, int max) {
        int room = max - link.length() - 2;
        String body = text.strip();
        if (body.codePointCount(0, body.length()) > room) {
            body = body.substring(0, body.offsetByCodePoints(0, Math.max(0, room - 1))).strip() + "…";
        }
        return body + "\n\n" + link;
    }
}
