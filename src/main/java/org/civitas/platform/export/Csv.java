package org.civitas.platform.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 and Etalab's guidance ask: comma separator, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break (quotes doubled). Text cells that a spreadsheet would read as a formula (starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) are neutralised with a leading
 * apostrophe (OWASP ASVS 5.0, 1.2.10); numbers are written as they are. The caller owns the writer (UTF-8).
 */
public final class Csv {

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    /** One row; {@code Number} cells are written plain, {@code null} as an empty field, anything else as text. */
    public Csv row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(cells.get(i)));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Csv row(Object... cells) {
        return row(List.of(cells).stream().map(c -> c == null ? "" : c).toList());
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number) {
            return cell.toString();
        }
        String text = neutralised(cell.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A text that a spreadsheet would take for a formula gets a leading apostrophe. */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
