package org.civitas.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registration form's proof of work: only the portal's challenges, answered, in time; networks as counted. */
class RegistrationProofTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final RegistrationProof proof = new RegistrationProof("a test key of thirty-two bytes!!".getBytes());

    /** What the browser's script does: the first number whose hash starts with enough zero bits. */
    static String solve(String challenge, int bits) {
        for (long n = 0; ; n++) {
            if (RegistrationProof.leadingZeroBits(RegistrationProof.sha256(challenge + ":" + n)) >= bits) {
                return Long.toString(n);
            }
        }
    }

    @Test
    void anAnsweredChallengeOfThePortalHoldsForHalfAnHour() {
        String challenge = proof.issue(NOW);
        String answer = solve(challenge, 12);
        assertTrue(proof.verify(challenge, answer, 12, NOW.plus(Duration.ofMinutes(29))).isPresent());
        assertFalse(proof.verify(challenge, answer, 12, NOW.plus(Duration.ofMinutes(31))).isPresent(), "too old");
        assertFalse(proof.verify(challenge, answer, 12, NOW.minus(Duration.ofMinutes(5))).isPresent(), "from the future");
    }

    @Test
    void aWrongAnswerAForgedChallengeOrAnotherKeyProveNothing() {
        String challenge = proof.issue(NOW);
        String answer = solve(challenge, 12);
        String wrong = Long.toString(Long.parseLong(answer) + 1);
        assertEquals(RegistrationProof.leadingZeroBits(RegistrationProof.sha256(challenge + ":" + wrong)) >= 12,
                proof.verify(challenge, wrong, 12, NOW).isPresent(), "the hash decides, nothing else");
        String[] parts = challenge.split("\\.");
        String forged = parts[0] + "." + (NOW.getEpochSecond() + 3600) + "." + parts[2] + "." + parts[3];
        assertFalse(proof.verify(forged, solve(forged, 12), 12, NOW.plusSeconds(3600)).isPresent(), "date changed");
        RegistrationProof other = new RegistrationProof("another key, another portal....!".getBytes());
        assertFalse(other.verify(challenge, answer, 12, NOW).isPresent());
        assertFalse(proof.verify(challenge, "12ab", 12, NOW).isPresent());
        assertFalse(proof.verify(null, answer, 12, NOW).isPresent());
        assertFalse(proof.verify("p1.x.y.z", answer, 12, NOW).isPresent());
    }

    @Test
    void moreBitsAskMoreWork() {
        String challenge = proof.issue(NOW);
        String answer = solve(challenge, 8);
        int reached = RegistrationProof.leadingZeroBits(RegistrationProof.sha256(challenge + ":" + answer));
        assertEquals(reached >= 16, proof.verify(challenge, answer, 16, NOW).isPresent());
    }

    @Test
    void registrationsAreCountedPerSlash24AndSlash48AndNeverLookUpAName() {
        assertEquals(RegistrationProof.network("203.0.113.7"), RegistrationProof.network("203.0.113.250"));
        assertFalse(RegistrationProof.network("203.0.113.7").equals(RegistrationProof.network("203.0.114.7")));
        assertEquals(RegistrationProof.network("2001:db8:1:2::1"), RegistrationProof.network("2001:db8:1:ffff::9"));
        assertFalse(RegistrationProof.network("2001:db8:1::1").equals(RegistrationProof.network("2001:db8:2::1")));
        assertEquals("-", RegistrationProof.network("evil.example"));
        assertEquals("-", RegistrationProof.network(null));
    }

    @Test
    void leadingZeroBitsAreCountedAcrossBytes() {
        assertEquals(8 + 3, RegistrationProof.leadingZeroBits(new byte[]{0, 0x10, 0}));
        assertEquals(0, RegistrationProof.leadingZeroBits(new byte[]{(byte) 0x80}));
        assertEquals(16, RegistrationProof.leadingZeroBits(new byte[]{0, 0}));
    }
}
