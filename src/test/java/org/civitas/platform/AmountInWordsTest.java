package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountInWordsTest {

    @Test
    void frenchNumbersFollowTheTraditionalSpelling() {
        String[][] cases = {{"0", "zéro"}, {"1", "un"}, {"16", "seize"}, {"17", "dix-sept"}, {"21", "vingt et un"},
                {"22", "vingt-deux"}, {"61", "soixante et un"}, {"70", "soixante-dix"}, {"71", "soixante et onze"},
                {"77", "soixante-dix-sept"}, {"80", "quatre-vingts"}, {"81", "quatre-vingt-un"},
                {"90", "quatre-vingt-dix"}, {"91", "quatre-vingt-onze"}, {"99", "quatre-vingt-dix-neuf"},
                {"100", "cent"}, {"101", "cent un"}, {"180", "cent quatre-vingts"}, {"200", "deux cents"},
                {"201", "deux cent un"}, {"1000", "mille"}, {"1001", "mille un"}, {"2000", "deux mille"},
                {"21000", "vingt et un mille"}, {"80000", "quatre-vingt mille"}, {"200000", "deux cent mille"},
                {"1234", "mille deux cent trente-quatre"}, {"1000000", "un million"},
                {"200000000", "deux cents millions"}, {"80000000", "quatre-vingts millions"},
                {"2500000", "deux millions cinq cent mille"}, {"1000000000", "un milliard"}};
        for (String[] c : cases) {
            assertEquals(c[1], AmountInWords.frenchNumber(Long.parseLong(c[0])), c[0]);
        }
    }

    @Test
    void frenchAmountsNameTheirEurosAndCentimes() {
        assertEquals("un euro", AmountInWords.euros(100, Locale.FRENCH));
        assertEquals("zéro euro et un centime", AmountInWords.euros(1, Locale.FRENCH));
        assertEquals("mille deux cent trente-quatre euros et cinquante centimes",
                AmountInWords.euros(123_450, Locale.FRENCH));
        assertEquals("un million d’euros", AmountInWords.euros(100_000_000, Locale.FRENCH));
        assertEquals("deux millions cinq cent mille euros", AmountInWords.euros(250_000_000, Locale.FRENCH));
    }

    @Test
    void englishAmountsAreWrittenTheBritishWay() {
        assertEquals("one thousand two hundred and thirty-four euros and fifty cents",
                AmountInWords.euros(123_450, Locale.ENGLISH));
        assertEquals("one thousand and five euros", AmountInWords.euros(100_500, Locale.ENGLISH));
        assertEquals("one euro and one cent", AmountInWords.euros(101, Locale.ENGLISH));
        assertEquals("two million euros", AmountInWords.euros(200_000_000, Locale.ENGLISH));
        assertEquals("ninety-nine euros", AmountInWords.euros(9_900, Locale.ENGLISH));
    }

    @Test
    void refusesWhatNoReceiptHolds() {
        assertThrows(IllegalArgumentException.class, () -> AmountInWords.euros(-1, Locale.FRENCH));
        assertThrows(IllegalArgumentException.class, () -> AmountInWords.euros(100_000_000_000_000L, Locale.FRENCH));
    }
}
