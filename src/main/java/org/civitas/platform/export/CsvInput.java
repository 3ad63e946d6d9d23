package org.civitas.platform.export;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time (quoted fields may hold commas, quotes and line breaks), as {@link Csv}
 * writes it: a file of any size is read in constant memory.
 */
public final class CsvInput {

    private final Reader in;
    private int pending = -2;

    public CsvInput(Reader in) {
        this.in = in;
    }

    /** The next record's fields, or null at the end. */
    public List<String> next() throws IOException {
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int c = read(); c != -1; c = read()) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                        continue;
                    }
                    quoted = false;
                    unread(after);
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                row.add(field.toString());
                return row;
            } else {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        row.add(field.toString());
        return row;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pending = c;
    }
}
