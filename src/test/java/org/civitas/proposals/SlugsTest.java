package org.civitas.proposals;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @Test
    void accentsAndPunctuationBecomeAReadableAddress() {
        assertEquals("des-pistes-cyclables-rue-de-la-gare", Slugs.of("Des pistes cyclables, rue de la Gare !"));
        assertEquals("ecole-elementaire-a-l-ete", Slugs.of("École élémentaire à l’été"));
        assertEquals("coeur-de-ville-et-oeuvres-d-art", Slugs.of("Cœur de ville et Œuvres d'art"));
    }

    @Test
    void hostileOrEmptyTitlesStillGiveASafeSlug() {
        assertEquals("script-alert-1-script", Slugs.of("<script>alert(1)</script>"));
        assertEquals("proposition", Slugs.of("!!! ???"));
        assertEquals("proposition", Slugs.of(null));
        assertEquals("proposition", Slugs.of("漢字だけ"));
        assertEquals("a-b", Slugs.of("a\u202eb"));
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String slug = Slugs.of("Installer des bancs ombragés le long de toutes les promenades des bords de Loire "
                + "pour que les personnes âgées puissent se reposer");
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.startsWith("installer-des-bancs-ombrages"));
        assertTrue(!slug.endsWith("-"), slug);
    }

    @Test
    void aLongWordIsCutHard() {
        assertEquals(Slugs.MAX_LENGTH, Slugs.of("x".repeat(200)).length());
    }
}
