package org.civitas.proposals;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded photo into what the portal stores: the type is read from the content (JPEG, PNG or WebP
 * signatures, never the name), the size and pixel count are bounded before decoding, the JPEG orientation tag is
 * applied, and the pixels are re-encoded as JPEG in two sizes, which leaves every metadata (GPS position, camera,
 * author) behind. The memory of a decode is bounded whatever the file declares: a large or deep image (a 381 KB PNG
 * can declare 7000 × 7000 pixels of 16-bit RGBA, 392 MB once decoded) is read subsampled, every n-th pixel of every
 * n-th row, so that what is held is at most {@link #MAX_DECODED_SIDE} pixels a side and {@link #MAX_DECODED_BYTES}
 * bytes, counted with the image's own bytes per pixel. How many decodes run at once is {@link PhotoDecodes}'s. Pure
 * Java, no state: unit-tested on its own.
 */
public final class PhotoProcessor {

    /** Largest upload accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Larger images are refused before decoding (a small file may declare a huge image). */
    static final long MAX_PIXELS = 50_000_000L;
    /** The most a decoded image may hold, whatever its depth: what is larger is read subsampled. */
    static final long MAX_DECODED_BYTES = 32L * 1024 * 1024;
    /** The longest side kept when decoding: twice the large size, so that scaling down still has pixels to use. */
    static final int MAX_DECODED_SIDE = 3200;
    static final int LARGE_SIDE = 1600;
    static final int THUMB_SIDE = 400;

    /** What an upload can be, by its first bytes. */
    enum Kind { JPEG, PNG, WEBP }

    /** The stored forms of a photo. */
    public record Processed(byte[] large, int width, int height, byte[] thumbnail) {
    }

    private PhotoProcessor() {
    }

    public static Processed process(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new PhotoRejectedException("photo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new PhotoRejectedException("photo.tooLarge");
        }
        Kind kind = kindOf(upload).orElseThrow(() -> new PhotoRejectedException("photo.unsupported"));
        BufferedImage image = decode(upload, kind);
        image = oriented(image, kind == Kind.JPEG ? ExifOrientation.read(upload) : 1);
        BufferedImage large = scaled(image, LARGE_SIDE);
        return new Processed(jpeg(large, 0.85f), large.getWidth(), large.getHeight(),
                jpeg(scaled(image, THUMB_SIDE), 0.8f));
    }

    static Optional<Kind> kindOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8),
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(Kind.PNG);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(Kind.WEBP);
        }
        return Optional.empty();
    }

    private static BufferedImage decode(byte[] upload, Kind kind) {
        ImageReader reader = reader(kind);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0 || pixels > MAX_PIXELS) {
                throw new PhotoRejectedException("photo.tooManyPixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(reader.getWidth(0), reader.getHeight(0), bytesPerPixel(reader));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new PhotoRejectedException("photo.unreadable");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRejectedException rejected) {
                throw rejected;
            }
            throw new PhotoRejectedException("photo.unreadable");
        } finally {
            reader.dispose();
        }
    }

    /** The bytes one decoded pixel takes, from the image's own type (16-bit RGBA: 8); at least 1. */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 8;
        }
        int bits = 0;
        for (int size : type.getSampleModel().getSampleSize()) {
            bits += size;
        }
        return Math.max(1, (bits + 7) / 8);
    }

    /**
     * The smallest step n such that reading every n-th pixel of every n-th row keeps at most
     * {@link #MAX_DECODED_SIDE} pixels a side and {@link #MAX_DECODED_BYTES} bytes.
     */
    static int subsampling(int width, int height, int bytesPerPixel) {
        int step = 1;
        while (true) {
            long w = (width + step - 1) / step;
            long h = (height + step - 1) / step;
            if (Math.max(w, h) <= MAX_DECODED_SIDE && w * h * bytesPerPixel <= MAX_DECODED_BYTES) {
                return step;
            }
            step++;
        }
    }

    private static ImageReader reader(Kind kind) {
        if (kind == Kind.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind == Kind.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + kind);
        }
        return readers.next();
    }

    /** Applies an EXIF orientation (1 to 8) so that the stored pixels stand the right way up. */
    static BufferedImage oriented(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.translate(h, w); t.rotate(Math.PI / 2); t.scale(-1, 1); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** Scales down (never up) so that the longer side is at most {@code side}, on white (JPEG has no alpha). */
    static BufferedImage scaled(BufferedImage image, int side) {
        double factor = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
