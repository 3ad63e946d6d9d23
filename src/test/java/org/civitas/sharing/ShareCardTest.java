package org.civitas.sharing;

import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview card: its size, its text that changes with the title, and long titles that fit. */
class ShareCardTest {

    private static ShareCard.Content content(String title) {
        return new ShareCard.Content("Belleville-sur-Loire", title, "Mobilité  ·  Gare  ·  Publiée",
                "12 soutiens   3 commentaires");
    }

    @Test
    void aCardIs1200By630AndChangesWithItsTitle() throws IOException {
        byte[] one = ShareCard.png(content("Une piste cyclable rue de la Gare"));
        byte[] other = ShareCard.png(content("Une piste cyclable rue de la Poste"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(one));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertFalse(Arrays.equals(one, other));
        assertTrue(Arrays.equals(one, ShareCard.png(content("Une piste cyclable rue de la Gare"))), "drawn the same way");
    }

    @Test
    void longTitlesTakeThreeLinesAtMostAndEndWithAnEllipsis() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setFont(g.getFont().deriveFont(58f));
        List<String> lines = ShareCard.wrap(g, "mot ".repeat(200), 1080, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"));
        lines.forEach(line -> assertTrue(g.getFontMetrics().stringWidth(line) <= 1080, line));
        assertTrue(ShareCard.fit(g, "x".repeat(500), 300).endsWith("…"));
        g.dispose();
    }
}
