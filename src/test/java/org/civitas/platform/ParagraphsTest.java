package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParagraphsTest {

    @Test
    void blankLinesSeparateParagraphs() {
        List<List<Paragraphs.Piece>> p = Paragraphs.of("Premier.\r\n\r\nSecond\nsur deux lignes.\n \n\nTroisième.");
        assertEquals(3, p.size());
        assertEquals("Second\nsur deux lignes.", p.get(1).get(0).text());
    }

    @Test
    void webAddressesBecomeLinksWithoutTheirFinalPunctuation() {
        List<Paragraphs.Piece> pieces = Paragraphs.of("Voir https://ville.fr/plan?x=1, puis (http://a.b/c).").get(0);
        assertEquals(List.of(new Paragraphs.Piece("Voir ", false), new Paragraphs.Piece("https://ville.fr/plan?x=1", true),
                new Paragraphs.Piece(", puis (", false), new Paragraphs.Piece("http://a.b/c", true),
                new Paragraphs.Piece(").", false)), pieces);
    }

    @Test
    void scriptsAndOtherSchemesStayText() {
        List<Paragraphs.Piece> pieces = Paragraphs.of("<script>alert(1)</script> javascript:alert(1) data:text/html,x").get(0);
        assertEquals(1, pieces.size());
        assertTrue(!pieces.get(0).link());
    }

    @Test
    void nothingGivesNoParagraph() {
        assertTrue(Paragraphs.of(null).isEmpty());
        assertTrue(Paragraphs.of("  \n\n ").isEmpty());
    }
}
