package org.civitas.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;
import java.util.UUID;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations, a 32-byte salt and a 32-byte key: OWASP ASVS 5.0's floor
 * (Jakarta Security's default is only 2,048). The iteration count is stored in each hash, so raising it later
 * still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** A hash of a random password, checked when the email is unknown so that timing tells nothing. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null) {
            hash.verify(password.toCharArray(), decoy);
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }
}
