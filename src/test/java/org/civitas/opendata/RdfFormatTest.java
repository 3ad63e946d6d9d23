package org.civitas.opendata;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 19 (6): the catalogue's format follows quality values, wildcards and refusals, not the order of a header. */
class RdfFormatTest {

    @Test
    void qualityValuesDecideNotTheirOrder() {
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate("application/ld+json;q=0.5, text/turtle;q=0.9"));
        assertEquals(Optional.of(RdfFormat.JSON_LD), RdfFormat.negotiate("text/turtle;q=0.2, application/ld+json"));
        assertEquals(Optional.of(RdfFormat.RDF_XML), RdfFormat.negotiate("application/rdf+xml"));
        assertEquals(Optional.of(RdfFormat.RDF_XML), RdfFormat.negotiate("application/rdf+xml, */*;q=0.1"));
    }

    @Test
    void wildcardsAndNoHeaderGiveJsonLdAndRefusalsAreHeard() {
        assertEquals(Optional.of(RdfFormat.JSON_LD), RdfFormat.negotiate(null));
        assertEquals(Optional.of(RdfFormat.JSON_LD), RdfFormat.negotiate("*/*"));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate("text/*"));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate("*/*;q=0.5, application/ld+json;q=0"));
        assertEquals(Optional.empty(), RdfFormat.negotiate("text/html, application/xhtml+xml"));
        assertEquals(Optional.empty(), RdfFormat.negotiate("text/turtle;q=0"));
        assertEquals(Optional.empty(), RdfFormat.negotiate("text/turtle;q=nonsense"));
    }
}
