package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.civitas.platform.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Registrations counted per network address and per network (its /24 or /48), in the one rate limiter, in the
 * caller's transaction: {@code CIVITAS_REGISTER_IP_MAX} (10) an hour from one address, {@code CIVITAS_REGISTER_NETWORK_MAX}
 * (60) from one network. A registration without the form's proof of work ({@link RegistrationProof}: a browser
 * without JavaScript, or a script) counts as {@value #WITHOUT_PROOF} against both, so it still works, just more
 * rarely. The key that signs challenges is drawn once for the portal and kept in its settings, so every server
 * checks what another issued.
 */
@ApplicationScoped
class RegistrationGuard {

    /** What a registration without a valid proof of work costs against the limits. */
    static final int WITHOUT_PROOF = 4;

    static final String SECRET_SETTING = "accounts.registration-key";

    @Inject
    private RateLimiter limiter;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "civitas.register.ip-max", defaultValue = "10")
    private int perAddress;

    @Inject
    @ConfigProperty(name = "civitas.register.network-max", defaultValue = "60")
    private int perNetwork;

    /** The zero bits the proof's hash must start with: 16 is about 65,000 hashes. */
    @Inject
    @ConfigProperty(name = "civitas.register.proof-bits", defaultValue = "16")
    private int bits;

    private volatile RegistrationProof proof;

    String challenge() {
        return proof().issue(clock.instant());
    }

    int bits() {
        return bits;
    }

    /**
     * Counts a registration from this address, refusing it past a limit ({@code RateLimitedException}); returns
     * whether it came with a valid proof of work, which a challenge gives once.
     */
    boolean admit(String address, String challenge, String answer) {
        Optional<String> id = proof().verify(challenge, answer, bits, clock.instant());
        boolean proven = id.isPresent() && firstUse(id.get());
        Limit byAddress = Limit.of("register-ip", perAddress, Duration.ofHours(1));
        Limit byNetwork = Limit.of("register-network", perNetwork, Duration.ofHours(1));
        for (int i = 0; i < (proven ? 1 : WITHOUT_PROOF); i++) {
            limiter.take(byAddress, address == null ? "-" : address, "register.tooMany");
            limiter.take(byNetwork, RegistrationProof.network(address), "register.tooMany");
        }
        return proven;
    }

    private boolean firstUse(String challengeId) {
        Limit once = Limit.of("register-proof", 1, RegistrationProof.VALIDITY);
        if (limiter.blockedUntil(once, challengeId).isPresent()) {
            return false;
        }
        limiter.record(once, challengeId);
        return true;
    }

    private RegistrationProof proof() {
        RegistrationProof current = proof;
        if (current == null) {
            current = new RegistrationProof(settings.secretKey(SECRET_SETTING));
            proof = current;
        }
        return current;
    }
}
