package org.civitas.accounts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.CachedSettings;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which accounts have a verified identity, and what needs one. An identity is verified when the account is linked to
 * a person at a provider whose sign-in an administrator counts as a verified identity (FranceConnect, a town's own
 * identity service): the person proved it by signing in through that provider once, as Decidim's "authorizations"
 * are granted once. A password never verifies an identity. Both settings are administrators' ({@link OidcAccounts}
 * writes them), read through {@link CachedSettings}; until one is set, the providers marked
 * {@code CIVITAS_OIDC_<ID>_VERIFIED_IDENTITY=true} count, and supports need no verified identity.
 */
@ApplicationScoped
public class VerifiedIdentities {

    static final String METHODS_SETTING = "accounts.verified-methods";
    static final String SUPPORTS_SETTING = "votes.supports-need-verified-identity";

    /** What the methods setting holds when an administrator ticked none (a setting may not be blank). */
    static final String NONE = "-";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CachedSettings settings;

    @Inject
    private OidcProviders providers;

    /** The ids of the configured providers whose sign-in counts as a verified identity, in the configured order. */
    public Set<String> methods() {
        Set<String> configured = providers.all().stream().map(OidcProvider::id).collect(Collectors.toSet());
        Set<String> chosen = settings.value(METHODS_SETTING).map(VerifiedIdentities::parse)
                .orElseGet(() -> providers.all().stream().filter(OidcProvider::verifiedIdentity)
                        .map(OidcProvider::id).collect(Collectors.toSet()));
        // A provider no longer configured verifies nobody any more
        return providers.all().stream().map(OidcProvider::id).filter(chosen::contains).filter(configured::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether supporting a proposal needs a verified identity (off unless an administrator turns it on). */
    public boolean requiredForSupports() {
        return settings.value(SUPPORTS_SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    /** The providers that verified this account's identity (ids, in the configured order); empty when none did. */
    public List<String> verifiedThrough(long accountId) {
        Set<String> methods = methods();
        if (methods.isEmpty()) {
            return List.of();
        }
        List<String> linked = em.createQuery("SELECT i.provider FROM AccountIdentity i WHERE i.accountId = :a "
                + "AND i.provider IN :methods", String.class).setParameter("a", accountId)
                .setParameter("methods", methods).getResultList();
        return methods.stream().filter(linked::contains).toList();
    }

    public boolean isVerified(long accountId) {
        return !verifiedThrough(accountId).isEmpty();
    }

    /**
     * Refuses a support from an account without a verified identity when the administrators ask for one. Called by
     * the votes in their own transaction.
     */
    public void requireForSupport(long accountId) {
        if (requiredForSupports() && !isVerified(accountId)) {
            throw new UnverifiedIdentityException();
        }
    }

    static String format(Set<String> methods) {
        return methods.isEmpty() ? NONE : String.join(",", methods);
    }

    static Set<String> parse(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty() && !s.equals(NONE))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
