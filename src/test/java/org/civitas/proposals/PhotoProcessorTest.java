package org.civitas.proposals;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads of every kind, good and bad: what is stored is a clean JPEG, standing the right way up, or a refusal. */
class PhotoProcessorTest {

    private static BufferedImage redBlue(int type) {
        return TestPhotos.redBlue(type);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 90;
    }

    private static boolean bluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 120 && c.getRed() < 90;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PhotoProcessorTest.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        return TestPhotos.contains(haystack, needle);
    }

    @Test
    void aPhonePhotoIsTurnedUprightAndLosesItsExifAndPosition() throws IOException {
        byte[] upload = TestPhotos.phoneJpeg();
        assertEquals(6, ExifOrientation.read(upload));
        assertTrue(contains(upload, "Exif") && contains(upload, "GPS-47.2184N"));

        PhotoProcessor.Processed stored = PhotoProcessor.process(upload);
        assertFalse(contains(stored.large(), "Exif"), "no EXIF block is kept");
        assertFalse(contains(stored.large(), "GPS-47.2184N"));
        assertFalse(contains(stored.thumbnail(), "Exif"));
        BufferedImage large = decode(stored.large());
        assertEquals(80, large.getWidth(), "turned a quarter: width and height swap");
        assertEquals(120, large.getHeight());
        assertEquals(80, stored.width());
        assertEquals(120, stored.height());
        assertTrue(reddish(large.getRGB(40, 10)), "the red left half is now on top");
        assertTrue(bluish(large.getRGB(40, 110)));
    }

    @Test
    void everyOrientationKeepsTheImageInsideItsFrame() {
        BufferedImage source = redBlue(BufferedImage.TYPE_INT_RGB);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage turned = PhotoProcessor.oriented(source, orientation);
            boolean swapped = orientation >= 5;
            assertEquals(swapped ? 80 : 120, turned.getWidth(), "orientation " + orientation);
            int corners = 0;
            for (int[] p : new int[][]{{0, 0}, {turned.getWidth() - 1, 0}, {0, turned.getHeight() - 1},
                    {turned.getWidth() - 1, turned.getHeight() - 1}}) {
                int rgb = turned.getRGB(p[0], p[1]);
                corners += reddish(rgb) || bluish(rgb) ? 1 : 0;
            }
            assertEquals(4, corners, "no white (empty) corner for orientation " + orientation);
        }
    }

    @Test
    void pngWithTransparencyAndWebpBecomeJpeg() throws IOException {
        for (byte[] upload : new byte[][]{encode(redBlue(BufferedImage.TYPE_INT_ARGB), "png"),
                resource("red-blue.webp"), resource("red-blue-lossless.webp")}) {
            PhotoProcessor.Processed stored = PhotoProcessor.process(upload);
            assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Arrays.copyOf(stored.large(), 3));
            BufferedImage large = decode(stored.large());
            assertEquals(120, large.getWidth());
            assertTrue(reddish(large.getRGB(10, 40)) && bluish(large.getRGB(110, 40)));
        }
    }

    @Test
    void bigPhotosAreScaledDownAndThumbnailsAreSmall() throws IOException {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        PhotoProcessor.Processed stored = PhotoProcessor.process(encode(big, "jpeg"));
        assertEquals(1600, stored.width());
        assertEquals(1200, stored.height());
        BufferedImage thumbnail = decode(stored.thumbnail());
        assertEquals(400, thumbnail.getWidth());
        assertEquals(300, thumbnail.getHeight());
    }

    @Test
    void whatIsNotAPhotoIsRefusedWithItsReason() throws IOException {
        assertEquals("photo.empty", assertThrows(PhotoRejectedException.class,
                () -> PhotoProcessor.process(new byte[0])).getMessageKey());
        assertEquals("photo.unsupported", assertThrows(PhotoRejectedException.class,
                () -> PhotoProcessor.process("<script>alert(1)</script> named photo.jpg"
                        .getBytes(StandardCharsets.UTF_8))).getMessageKey());
        assertEquals("photo.unsupported", assertThrows(PhotoRejectedException.class,
                () -> PhotoProcessor.process(encode(redBlue(BufferedImage.TYPE_INT_RGB), "gif"))).getMessageKey());
        byte[] jpeg = encode(redBlue(BufferedImage.TYPE_INT_RGB), "jpeg");
        assertEquals("photo.unreadable", assertThrows(PhotoRejectedException.class,
                () -> PhotoProcessor.process(Arrays.copyOf(jpeg, 40))).getMessageKey());
        byte[] huge = new byte[PhotoProcessor.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertEquals("photo.tooLarge", assertThrows(PhotoRejectedException.class,
                () -> PhotoProcessor.process(huge)).getMessageKey());
    }

    @Test
    void aSmallFileDeclaringAGiganticImageIsRefusedBeforeDecoding() throws IOException {
        byte[] png = encode(redBlue(BufferedImage.TYPE_INT_RGB), "png");
        // IHDR width and height (bytes 16..23) claim 100,000 × 100,000 pixels.
        byte[] bomb = png.clone();
        for (int i = 16; i < 24; i += 4) {
            bomb[i] = 0;
            bomb[i + 1] = 0x01;
            bomb[i + 2] = (byte) 0x86;
            bomb[i + 3] = (byte) 0xA0;
        }
        assertEquals("photo.tooManyPixels", assertThrows(PhotoRejectedException.class,
                () -> PhotoProcessor.process(bomb)).getMessageKey());
    }

    @Test
    void aDeepImageIsReadSubsampledSoItsMemoryIsBounded() throws IOException {
        byte[] png = TestPhotos.deepPng(7000, 7000);
        assertTrue(png.length < 1_000_000, "a small file: " + png.length);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        PhotoProcessor.Processed processed = PhotoProcessor.process(png);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(1600, processed.width());
        // Decoded whole it is 392 MB; subsampled, the decode holds at most MAX_DECODED_BYTES at a time
        assertTrue(allocated < 200L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
    }

    @Test
    void subsamplingKeepsSidesAndBytesWithinBounds() {
        assertEquals(1, PhotoProcessor.subsampling(1600, 1200, 3));
        assertEquals(2, PhotoProcessor.subsampling(4000, 3000, 3), "12 MP phone photo: 2000 × 1500");
        assertEquals(4, PhotoProcessor.subsampling(7000, 7000, 8), "16-bit RGBA: 1750 × 1750 × 8 = 24.5 MB");
        assertEquals(3, PhotoProcessor.subsampling(7000, 7000, 4));
        assertEquals(3, PhotoProcessor.subsampling(9000, 100, 1), "the long side");
    }
}
