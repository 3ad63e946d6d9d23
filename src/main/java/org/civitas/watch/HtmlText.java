package org.civitas.watch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the bits of HTML networks and feeds send (a Mastodon status, an RSS description): paragraphs and
 * line breaks become line breaks, every tag goes, entities are decoded, runs of spaces shrink. What comes out is shown
 * escaped like any text, never as HTML.
 */
public final class HtmlText {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</li\\s*>|</h[1-6]\\s*>|</div\\s*>");
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private HtmlText() {
    }

    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = DROPPED.matcher(html).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = entities(text);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.replaceAll("[\\s\\u00A0&&[^\n]]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString().replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }

    private static String entities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String decoded;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                decoded = codePoint(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                decoded = codePoint(Integer.parseInt(name.substring(1)));
            } else {
                decoded = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "hellip" -> "…";
                    case "rsquo" -> "’";
                    case "lsquo" -> "‘";
                    case "laquo" -> "«";
                    case "raquo" -> "»";
                    case "eacute" -> "é";
                    case "egrave" -> "è";
                    case "agrave" -> "à";
                    case "ccedil" -> "ç";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 && !Character.isISOControl(cp) || cp == '\n'
                ? new String(Character.toChars(cp)) : " ";
    }
}
