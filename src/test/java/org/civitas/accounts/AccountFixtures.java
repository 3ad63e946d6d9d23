package org.civitas.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-only: many citizens at once, with a cheap password hash (1,024 iterations, Liberty's minimum, recorded in the hash, so sign-in
 * verifies it as cheaply). Deployed only with test archives, never in the portal's WAR.
 */
@Stateless
public class AccountFixtures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "1024"));
    }

    /** Grants a role to the account with this email. */
    public long idOf(String email) {
        return em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class).setParameter("emailKey", Account.emailKey(email))
                .getSingleResult().getId();
    }

    public void grant(String email, Role role) {
        em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class).setParameter("emailKey", Account.emailKey(email))
                .getSingleResult().grant(role);
    }

    /** Creates {@code count} citizens whose emails start with {@code prefix}, all with {@code password}. */
    public List<String> citizens(String prefix, int count, String password) {
        String stored = hash.generate(password.toCharArray());
        List<String> emails = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@civitas.test";
            em.persist(new Account(email, "Citoyen " + i, stored, Locale.FRENCH, now));
            emails.add(email);
        }
        return emails;
    }
}
