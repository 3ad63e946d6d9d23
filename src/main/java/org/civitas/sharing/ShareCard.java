package org.civitas.sharing;

import org.civitas.platform.Fonts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a shared page's preview card, 1200 × 630 PNG (what Facebook, LinkedIn, X and Mastodon show best): the
 * town's colours and name, the title on up to three lines, a line of details (a proposal's theme, district and
 * status; a budget's amount and phase) and one of figures (its supports and comments; a budget's dates). Pure Java2D
 * with bundled fonts; the caller caches it.
 */
public final class ShareCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final Color BLUE = new Color(0x00, 0x00, 0x91);
    private static final Color RED = new Color(0xc9, 0x19, 0x1e);

    private static final Font REGULAR = font(Fonts.REGULAR);
    private static final Font BOLD = font(Fonts.BOLD);

    /** What the card says. */
    public record Content(String town, String title, String details, String figures) {
    }

    private ShareCard() {
    }

    public static byte[] png(Content c) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BLUE);
            g.fillRect(0, 0, WIDTH, 110);
            g.setColor(RED);
            g.fillRect(0, 110, WIDTH, 8);

            g.setColor(Color.WHITE);
            g.setFont(BOLD.deriveFont(40f));
            g.drawString(fit(g, c.town(), WIDTH - 120), 60, 72);

            g.setColor(new Color(0x16, 0x16, 0x16));
            g.setFont(BOLD.deriveFont(58f));
            int y = 210;
            for (String line : wrap(g, c.title(), WIDTH - 120, 3)) {
                g.drawString(line, 60, y);
                y += 72;
            }

            g.setColor(new Color(0x4a, 0x4a, 0x4a));
            g.setFont(REGULAR.deriveFont(32f));
            g.drawString(fit(g, c.details(), WIDTH - 120), 60, 480);

            g.setColor(BLUE);
            g.setFont(BOLD.deriveFont(44f));
            g.drawString(fit(g, c.figures(), WIDTH - 120), 60, 565);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The shape of a photo's card: what link previews show best, or the tall pin Pinterest prefers (2:3). */
    public enum Shape {
        LANDSCAPE(WIDTH, HEIGHT), PORTRAIT(1000, 1500);

        private final int width;
        private final int height;

        Shape(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }

    /**
     * A photo's card: the photo filling the card (cropped about its centre, never stretched), under a band in the
     * town's blue that names the town, the title on up to two lines and a line of details (credit, contest). The
     * photo is the stored JPEG; one that cannot be read leaves the card's background plain.
     */
    public static byte[] photoPng(Content c, byte[] jpeg, Shape shape) {
        int w = shape.width();
        int h = shape.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(new Color(0x2a, 0x2a, 0x3a));
            g.fillRect(0, 0, w, h);
            int band = shape == Shape.PORTRAIT ? 330 : 200;
            BufferedImage photo = read(jpeg);
            if (photo != null) {
                double scale = Math.max((double) w / photo.getWidth(), (double) (h - band) / photo.getHeight());
                int pw = (int) Math.ceil(photo.getWidth() * scale);
                int ph = (int) Math.ceil(photo.getHeight() * scale);
                g.drawImage(photo, (w - pw) / 2, (h - band - ph) / 2, pw, ph, null);
            }
            g.setColor(BLUE);
            g.fillRect(0, h - band, w, band);
            g.setColor(RED);
            g.fillRect(0, h - band, w, 8);
            int x = 50;
            int y = h - band + 58;
            g.setColor(new Color(0xdd, 0xdd, 0xff));
            g.setFont(BOLD.deriveFont(28f));
            g.drawString(fit(g, c.town(), w - 2 * x), x, y);
            g.setColor(Color.WHITE);
            g.setFont(BOLD.deriveFont(shape == Shape.PORTRAIT ? 52f : 46f));
            y += shape == Shape.PORTRAIT ? 70 : 58;
            for (String line : wrap(g, c.title(), w - 2 * x, shape == Shape.PORTRAIT ? 2 : 1)) {
                g.drawString(line, x, y);
                y += shape == Shape.PORTRAIT ? 64 : 56;
            }
            g.setFont(REGULAR.deriveFont(28f));
            g.drawString(fit(g, c.details(), w - 2 * x), x, h - (shape == Shape.PORTRAIT ? 50 : 30));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] jpeg) {
        if (jpeg == null || jpeg.length == 0) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            return null;
        }
    }

    /** Up to {@code max} lines that fit {@code width}; the last one ends with an ellipsis when text is left over. */
    static List<String> wrap(Graphics2D g, String text, int width, int max) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        int i = 0;
        while (i < words.length && lines.size() < max) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.isEmpty()) {
                lines.add(fit(g, words[i], width));
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < max) {
            lines.add(line.toString());
        }
        if (i < words.length && !lines.isEmpty()) {
            lines.set(lines.size() - 1, fit(g, lines.get(lines.size() - 1) + " …", width));
        }
        return lines;
    }

    /** The text, cut with an ellipsis if it is wider than {@code width}. */
    static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static Font font(Fonts font) {
        try (InputStream in = font.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | IllegalStateException e) {
            return new Font(Font.SANS_SERIF, font == Fonts.BOLD ? Font.BOLD : Font.PLAIN, 12);
        }
    }
}
