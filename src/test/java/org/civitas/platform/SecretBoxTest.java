package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secrets sealed with AES-GCM: opened with the same key only, never twice the same text, nothing without a key. */
class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @Test
    void aSecretSealedOpensWithItsKeyOnly() {
        SecretBox box = SecretBox.of(KEY);
        String sealed = box.seal("jeton-très-secret");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("secret"));
        assertEquals(Optional.of("jeton-très-secret"), box.open(sealed));
        assertEquals(Optional.empty(), SecretBox.of(OTHER).open(sealed), "another key opens nothing");
        assertNotEquals(sealed, box.seal("jeton-très-secret"), "a fresh nonce each time");
    }

    @Test
    void aDamagedTextOrNoKeyOpensNothing() {
        SecretBox box = SecretBox.of(KEY);
        String sealed = box.seal("abc");
        String damaged = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertEquals(Optional.empty(), box.open(damaged));
        assertEquals(Optional.empty(), box.open("v1:%%%"));
        assertEquals(Optional.empty(), SecretBox.of(null).open(sealed));
        assertFalse(SecretBox.of("too-short").available());
        assertThrows(BusinessException.class, () -> SecretBox.of(null).seal("x"));
    }
}
