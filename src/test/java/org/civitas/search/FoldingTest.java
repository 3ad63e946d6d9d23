package org.civitas.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words compared without case nor accents, found by their beginnings, and highlighted in safe excerpts. */
class FoldingTest {

    @Test
    void accentsCaseAndLigaturesDoNotMatter() {
        assertEquals("renovation de l'ecole jean-jaures, coeur", Folding.fold("Rénovation de l’ÉCOLE Jean-Jaurès, Cœur"));
        assertEquals(List.of("ecole", "velo", "2026"), Folding.words("  École, VÉLO! -- école a 2026 "));
        assertEquals(List.of(), Folding.words("   "));
        assertEquals(List.of(), Folding.words(null));
        assertEquals(Folding.MAX_WORDS, Folding.words("un deux trois quatre cinq six sept huit neuf dix onze").size());
    }

    @Test
    void aWordIsFoundByItsBeginningAtTheStartOfAWord() {
        String text = Folding.fold("Des jardins partagés près de l'école");
        assertTrue(Folding.matchesAll(text, List.of("jardin", "ecole")));
        assertTrue(Folding.matchesAll(text, List.of("partage")), "partagés begins with partag");
        assertFalse(Folding.matchesAll(text, List.of("ardin")), "not inside a word");
        assertFalse(Folding.matchesAll(text, List.of("jardin", "piscine")), "every word");
        assertEquals(3, Folding.occurrences(Folding.fold("Vélo, vélos et véloroute"), List.of("velo")));
    }

    @Test
    void theExcerptEscapesTheTextAndMarksOnlyTheWordsFound() {
        String excerpt = Folding.excerpt("<script>x</script> Un ÉCOLE & des \"jardins\"", List.of("ecole", "jardin"), 200);
        assertEquals("&lt;script&gt;x&lt;/script&gt; Un <mark>ÉCOLE</mark> &amp; des &quot;<mark>jardins</mark>&quot;",
                excerpt);
        assertEquals("<script>x</script> Un ÉCOLE & des \"jardins\"", Folding.plain(excerpt));
        String longText = "mot ".repeat(200) + "piscine municipale " + "mot ".repeat(200);
        String around = Folding.excerpt(longText, List.of("piscine"), 100);
        assertTrue(around.startsWith("… ") && around.endsWith(" …"), around);
        assertTrue(around.contains("<mark>piscine</mark>"), around);
        assertTrue(around.length() < 200, around);
    }
}
