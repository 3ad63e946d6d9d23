package org.civitas.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts the portal draws with (share cards, PDF receipts): DejaVu Sans, bundled under a free licence
 * ({@code fonts/LICENSE-DejaVu.txt}) so that every server draws the same letters, accents and symbols in any language.
 */
public enum Fonts {
    REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf");

    private final String file;

    Fonts(String file) {
        this.file = file;
    }

    /** The file's name, as a PDF names an embedded font. */
    public String file() {
        return file;
    }

    /** The font file, to read and close. */
    public InputStream open() {
        InputStream in = Fonts.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return in;
    }

    /** The font file's bytes. */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
