package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.CachedSettings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an account whose e-mail address is not confirmed yet may do. Reading and writing drafts always; the actions
 * below only once confirmed, unless an administrator lets unconfirmed accounts do them (a setting kept by
 * {@link CachedSettings}: seen at once on the server that changed it, within 30 seconds on the others). Features that take part call {@link #require} in their own transaction.
 */
@ApplicationScoped
public class ConfirmationRules {

    /** The participations an unconfirmed address may be refused. */
    public enum Action { PUBLISH, SUPPORT, COMMENT, REPORT }

    static final String SETTING = "accounts.unconfirmed-may";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CachedSettings settings;

    /** Refuses the action when the account has not confirmed its address and unconfirmed accounts may not do it. */
    public void require(long accountId, Action action) {
        if (allowedUnconfirmed().contains(action)) {
            return;
        }
        long confirmed = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.id = :id "
                + "AND a.emailConfirmedAt IS NOT NULL", Long.class).setParameter("id", accountId).getSingleResult();
        if (confirmed == 0) {
            throw new UnconfirmedAccountException();
        }
    }

    /** What unconfirmed accounts may do besides reading and drafting (nothing, unless an administrator says so). */
    public Set<Action> allowedUnconfirmed() {
        return settings.value(SETTING).map(ConfirmationRules::parse).orElse(EnumSet.noneOf(Action.class));
    }

    static String format(Set<Action> actions) {
        return actions.isEmpty() ? "-" : actions.stream().map(Action::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Action> parse(String value) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        Arrays.stream(value.split(",")).map(String::strip)
                .filter(name -> Arrays.stream(Action.values()).anyMatch(a -> a.name().equals(name)))
                .forEach(name -> actions.add(Action.valueOf(name)));
        return actions;
    }
}
