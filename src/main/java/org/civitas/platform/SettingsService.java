package org.civitas.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** Settings an administrator changes in the portal; features read them with their own defaults. */
@Stateless
public class SettingsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private Event<SettingChanged> changes;

    @PermitAll
    public Optional<Setting> find(@NotBlank String key) {
        return em.createQuery("SELECT s FROM Setting s WHERE s.key = :k", Setting.class).setParameter("k", key)
                .getResultStream().findFirst();
    }

    /** Sets a value, recording who and when; the caller's transaction decides (and validates) what it means. */
    @RolesAllowed("ADMIN")
    public void put(@NotBlank @Size(max = 80) String key, @NotBlank @Size(max = 500) String value) {
        Setting setting = em.createQuery("SELECT s FROM Setting s WHERE s.key = :k", Setting.class)
                .setParameter("k", key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElse(null);
        if (setting == null) {
            setting = new Setting(key);
            em.persist(setting);
        }
        setting.set(value, Callers.accountId(session).orElse(null), clock.instant());
        changes.fire(new SettingChanged(key));
    }

    /** Removes a setting: features take their default again. */
    @RolesAllowed("ADMIN")
    public void clear(@NotBlank String key) {
        em.createQuery("DELETE FROM Setting s WHERE s.key = :k").setParameter("k", key).executeUpdate();
        changes.fire(new SettingChanged(key));
    }

    /**
     * Sets a value only if the key has none yet: a one-time fact the portal records itself (the first administrator
     * was granted, a key drawn), whoever the caller is, so nobody is recorded as having set it (it is nobody's data).
     * Two at once: the key's unique constraint lets one win; returns whether this call set it.
     */
    @PermitAll
    public boolean claim(@NotBlank @Size(max = 80) String key, @NotBlank @Size(max = 500) String value) {
        if (find(key).isPresent()) {
            return false;
        }
        Setting setting = new Setting(key);
        setting.set(value, null, clock.instant());
        em.persist(setting);
        em.flush();
        return true;
    }

    /**
     * A key the portal draws for itself once (256 random bits, kept under {@code key}), the same on every server: the
     * one stored, else one drawn now; when two servers draw at once, the one stored first ({@link #claim}).
     */
    @PermitAll
    public byte[] secretKey(@NotBlank @Size(max = 80) String key) {
        Optional<Setting> stored = find(key);
        if (stored.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            if (claim(key, Base64.getEncoder().encodeToString(random))) {
                return random;
            }
            stored = find(key);
        }
        return Base64.getDecoder().decode(stored.orElseThrow().getValue());
    }
}
