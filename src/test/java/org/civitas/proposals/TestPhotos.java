package org.civitas.proposals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Photos for tests, made in memory. */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** 120 × 80, left half red, right half blue. */
    public static BufferedImage redBlue(int type) {
        BufferedImage image = new BufferedImage(120, 80, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 80);
        g.dispose();
        return image;
    }

    /** A JPEG with an EXIF block: orientation 6 (turn 90° clockwise) and a GPS position, as phones write them. */
    public static byte[] phoneJpeg() throws IOException {
        byte[] plain = jpeg(redBlue(BufferedImage.TYPE_INT_RGB));
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8});           // header, IFD0 at 8
        tiff.writeBytes(new byte[]{0, 2});                                   // two entries
        tiff.writeBytes(new byte[]{0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0}); // orientation = 6
        tiff.writeBytes(new byte[]{(byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38}); // GPS IFD at 38
        tiff.writeBytes(new byte[]{0, 0, 0, 0});                             // no next IFD
        tiff.writeBytes(new byte[]{0, 1});                                   // GPS IFD: one entry
        tiff.writeBytes(new byte[]{0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0});   // GPSLatitudeRef "N"
        tiff.writeBytes(new byte[]{0, 0, 0, 0});
        tiff.writeBytes("GPS-47.2184N-1.5536W".getBytes(StandardCharsets.US_ASCII));
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.write(0xFF);
        jpeg.write(0xD8);
        jpeg.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        jpeg.writeBytes(new byte[]{'E', 'x', 'i', 'f', 0, 0});
        jpeg.writeBytes(body);
        jpeg.write(plain, 2, plain.length - 2);
        return jpeg.toByteArray();
    }

    public static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + n.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + n.length), n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A PNG of {@code width} × {@code height} pixels of 16-bit RGBA, all transparent black: a few hundred kilobytes
     * that decode to width × height × 8 bytes (7000 × 7000: 381 KB on disk, 392 MB decoded). Written row by row,
     * never held whole.
     */
    public static byte[] deepPng(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + width * 8];
            for (int y = 0; y < height; y++) {
                rows.write(row);
            }
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
