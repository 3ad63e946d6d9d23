package org.civitas.platform.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The validator of a kept page says what the page shows, whatever its script nonce. */
class PageCacheTest {

    private static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "';";
    }

    private static byte[] page(String nonce, String text) {
        return ("<script nonce=\"" + nonce + "\"></script><p>" + text + "</p><input value=\"" + nonce + "\"/>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void twoRendersOfTheSamePageHaveTheSameValidator() {
        assertEquals(PageCache.etag(page("AAAA1111", "Bonjour"), policy("AAAA1111")),
                PageCache.etag(page("ZZZZ9999", "Bonjour"), policy("ZZZZ9999")));
    }

    @Test
    void aChangeOfWhatThePageSaysChangesIt() {
        assertNotEquals(PageCache.etag(page("AAAA1111", "Bonjour"), policy("AAAA1111")),
                PageCache.etag(page("AAAA1111", "Bonsoir"), policy("AAAA1111")));
        assertNotEquals(PageCache.etag(page("AAAA1111", "18 soutiens"), null),
                PageCache.etag(page("AAAA1111", "19 soutiens"), null));
    }

    @Test
    void theNonceIsReadFromThePolicy() {
        assertEquals("abc-123", PageCache.nonce(policy("abc-123")));
        assertNull(PageCache.nonce("default-src 'self'"));
        assertNull(PageCache.nonce(null));
        assertNull(PageCache.nonce("script-src 'nonce-unterminated"));
    }
}
