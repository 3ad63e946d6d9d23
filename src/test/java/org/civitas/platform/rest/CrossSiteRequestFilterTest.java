package org.civitas.platform.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossSiteRequestFilterTest {

    @Test
    void sameOriginIsAccepted() {
        assertTrue(CrossSiteRequestFilter.sameHost("http://localhost:9080", "localhost:9080"));
        assertTrue(CrossSiteRequestFilter.sameHost("https://civitas.ville.fr", "civitas.ville.fr"));
        assertTrue(CrossSiteRequestFilter.sameHost("http://localhost:9080/proposals/1", "localhost:9080"));
    }

    @Test
    void otherHostsPortsAndGarbageAreRefused() {
        assertFalse(CrossSiteRequestFilter.sameHost("https://evil.example", "civitas.ville.fr"));
        assertFalse(CrossSiteRequestFilter.sameHost("http://localhost:9081", "localhost:9080"));
        assertFalse(CrossSiteRequestFilter.sameHost("https://civitas.ville.fr.evil.example", "civitas.ville.fr"));
        assertFalse(CrossSiteRequestFilter.sameHost("null", "civitas.ville.fr"));
        assertFalse(CrossSiteRequestFilter.sameHost("not a url at all", "civitas.ville.fr"));
    }
}
