package org.civitas.proposals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
}
