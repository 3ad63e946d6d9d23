package org.civitas.accounts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The registration form's proof of work, the anti-automation step nobody sees: the form carries a challenge the
 * portal signed (when it was issued, 96 random bits, an HMAC); the browser's script finds a number whose SHA-256 with
 * the challenge starts with {@code bits} zero bits (16: about 65,000 hashes, a fraction of a second on a phone) and
 * sends it with the form. No image, no puzzle: a screen-reader user passes without noticing. A bot pays that time for
 * every account, and the challenge works once, for 30 minutes. Plain Java, no container: tested by
 * {@code RegistrationProofTest}.
 */
public final class RegistrationProof {

    /** How long a challenge may wait for its form. */
    static final Duration VALIDITY = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VERSION = "p1";

    private final byte[] secret;

    RegistrationProof(byte[] secret) {
        this.secret = secret.clone();
    }

    /** A new challenge: {@code p1.<issued epoch seconds>.<random>.<mac>}. */
    String issue(Instant now) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String body = VERSION + "." + now.getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(random);
        return body + "." + mac(body);
    }

    /**
     * The challenge's random part when the proof holds: the challenge is the portal's, not older than its validity
     * (nor from the future), and the answer's hash starts with enough zero bits. Anything else, empty.
     */
    Optional<String> verify(String challenge, String answer, int bits, Instant now) {
        if (challenge == null || answer == null || challenge.length() > 120 || answer.length() > 20
                || !answer.matches("[0-9]{1,20}")) {
            return Optional.empty();
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !parts[1].matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (issued.isAfter(now.plusSeconds(60)) || issued.plus(VALIDITY).isBefore(now)) {
            return Optional.empty();
        }
        return leadingZeroBits(sha256(challenge + ":" + answer)) >= bits ? Optional.of(parts[2]) : Optional.empty();
    }

    /** The network an address belongs to, as registrations are counted: its /24 (IPv4) or /48 (IPv6). */
    static String network(String address) {
        if (address == null || !address.matches("\\[?[0-9A-Fa-f:.]{2,45}]?")) {
            return "-"; // never a host name: no lookup
        }
        try {
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            StringBuilder network = new StringBuilder(bytes.length == 4 ? "v4:" : "v6:");
            for (int i = 0; i < keep; i++) {
                network.append(String.format("%02x", bytes[i] & 0xff));
            }
            return network.toString();
        } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
            return "-";
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
        }
        return bits;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
