package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void blankLinesSeparateParagraphs() {
        List<List<PlainText.Piece>> p = PlainText.paragraphs("Premier.\r\n\r\nSecond\nsur deux lignes.\n \n\nTroisième.");
        assertEquals(3, p.size());
        assertEquals("Second\nsur deux lignes.", p.get(1).get(0).text());
    }

    @Test
    void webAddressesBecomeLinksWithoutTheirFinalPunctuation() {
        List<PlainText.Piece> pieces = PlainText.paragraphs("Voir https://ville.fr/plan?x=1, puis (http://a.b/c).").get(0);
        assertEquals(List.of(new PlainText.Piece("Voir ", false), new PlainText.Piece("https://ville.fr/plan?x=1", true),
                new PlainText.Piece(", puis (", false), new PlainText.Piece("http://a.b/c", true),
                new PlainText.Piece(").", false)), pieces);
    }

    @Test
    void scriptsAndOtherSchemesStayText() {
        List<PlainText.Piece> pieces = PlainText.paragraphs("<script>alert(1)</script> javascript:alert(1) data:text/html,x").get(0);
        assertEquals(1, pieces.size());
        assertTrue(!pieces.get(0).link());
    }

    @Test
    void nothingGivesNoParagraph() {
        assertTrue(PlainText.paragraphs(null).isEmpty());
        assertTrue(PlainText.paragraphs("  \n\n ").isEmpty());
    }
}
