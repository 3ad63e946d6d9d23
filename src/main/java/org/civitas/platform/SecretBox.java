package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps secrets people enter (a network account's token or password) encrypted at rest: AES-256-GCM under the key in
 * the server's configuration ({@code CIVITAS_SECRETS_KEY}, 32 bytes in Base64; {@code openssl rand -base64 32}), a
 * random 96-bit nonce per secret, the text stored as {@code v1:} and the Base64 of nonce and ciphertext. Without a
 * key, nothing can be sealed (pages say how to set it); a sealed text whose key was changed cannot be opened, and the
 * secret must be entered again. Never logs what it seals or opens.
 */
@ApplicationScoped
public class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "civitas.secrets.key")
    private Optional<String> key;

    SecretBox() {
    }

    /** A box with this key (Base64), for tests and tools. */
    public static SecretBox of(String base64Key) {
        SecretBox box = new SecretBox();
        box.key = Optional.ofNullable(base64Key);
        return box;
    }

    /** Whether a usable key is configured. */
    public boolean available() {
        return secretKey().isPresent();
    }

    public String seal(String secret) {
        SecretKeySpec k = secretKey().orElseThrow(() ->
                new BusinessException(BusinessException.Kind.UNAVAILABLE, "secrets.noKey"));
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret, or empty when no key is configured or the text was sealed under another key (or is damaged). */
    public Optional<String> open(String sealed) {
        Optional<SecretKeySpec> k = secretKey();
        if (k.isEmpty() || sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (all.length <= NONCE) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k.get(), new GCMParameterSpec(128, all, 0, NONCE));
            return Optional.of(new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<SecretKeySpec> secretKey() {
        return key.filter(s -> !s.isBlank()).flatMap(s -> {
            try {
                byte[] bytes = Base64.getDecoder().decode(s.strip());
                return bytes.length == 32 ? Optional.of(new SecretKeySpec(bytes, "AES")) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
