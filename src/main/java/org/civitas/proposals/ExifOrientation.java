package org.civitas.proposals;

/**
 * Reads the orientation tag (0x0112) of a JPEG's EXIF block, which phones use instead of turning the pixels.
 * Anything unexpected reads as 1 (as stored): a wrong guess must never fail an upload.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int read(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
                if (marker == 0xDA || length < 2) {
                    return 1; // start of scan: no EXIF before the pixels
                }
                if (marker == 0xE1 && i + 10 <= jpeg.length && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x'
                        && jpeg[i + 6] == 'i' && jpeg[i + 7] == 'f') {
                    return fromTiff(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
                }
                i += 2 + length;
            }
        } catch (RuntimeException e) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int start, int end) {
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        int ifd = start + (int) number(b, start + 4, 4, little);
        int entries = (int) number(b, ifd, 2, little);
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + e * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (number(b, entry, 2, little) == 0x0112) {
                int value = (int) number(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long number(byte[] b, int at, int size, boolean little) {
        long n = 0;
        for (int k = 0; k < size; k++) {
            int v = b[at + k] & 0xFF;
            n = little ? n | ((long) v << (8 * k)) : (n << 8) | v;
        }
        return n;
    }
}
