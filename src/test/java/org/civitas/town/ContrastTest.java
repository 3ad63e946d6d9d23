package org.civitas.town;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneAndAColourOnItselfIsOne() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(21.0, Contrast.ratio("#FFFFFF", "#000000"), 1e-9, "symmetric, case-insensitive");
        assertEquals(1.0, Contrast.ratio("#336699", "#336699"), 1e-9);
    }

    @Test
    void knownPairsMatchTheWcagFigures() {
        // Figures from WebAIM's contrast checker
        assertEquals(4.54, Contrast.ratio("#767676", "#ffffff"), 0.01);
        assertEquals(4.48, Contrast.ratio("#777777", "#ffffff"), 0.01);
        assertEquals(8.59, Contrast.ratio("#0000ff", "#ffffff"), 0.01);
        assertEquals(14.91, Contrast.ratio("#000091", "#ffffff"), 0.01);
    }

    @Test
    void theThemeRefusesAColourThatWhiteTextOrLightBackgroundsCannotCarry() {
        assertTrue(Contrast.worstForTheme("#000091") >= Contrast.AA, "the portal's own blue passes");
        assertTrue(Contrast.worstForTheme("#18753c") >= Contrast.AA, "a dark green passes");
        assertTrue(Contrast.worstForTheme("#ffcc00") < Contrast.AA, "yellow fails under white text");
        assertTrue(Contrast.worstForTheme("#767676") < Contrast.AA,
                "4.54 on white but under 4.5 on the page's light grey: refused");
    }

    @Test
    void tintAndShadeStayOnTheirSide() {
        assertEquals("#e6e6f4", Contrast.tint("#000091"));
        assertEquals("#000074", Contrast.shade("#000091"));
        assertTrue(Contrast.ratio("#ffffff", Contrast.shade("#0077cc")) > Contrast.ratio("#ffffff", "#0077cc"));
    }

    @Test
    void onlyHexColoursAreRead() {
        assertTrue(Contrast.isHex("#A0b1C2"));
        assertFalse(Contrast.isHex("red"));
        assertFalse(Contrast.isHex("#abc"));
        assertFalse(Contrast.isHex("#abcdef;}body{"));
        assertThrows(IllegalArgumentException.class, () -> Contrast.ratio("blue", "#ffffff"));
    }
}
