package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.SettingsService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an account whose e-mail address is not confirmed yet may do. Reading and writing drafts always; the actions
 * below only once confirmed, unless an administrator lets unconfirmed accounts do them (a setting, read at most every
 * 30 seconds on each server). Features that take part call {@link #require} in their own transaction.
 */
@ApplicationScoped
public class ConfirmationRules {

    /** The participations an unconfirmed address may be refused. */
    public enum Action { PUBLISH, SUPPORT, COMMENT, REPORT }

    static final String SETTING = "accounts.unconfirmed-may";

    private static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    private volatile Set<Action> allowed;
    private volatile Instant readAt = Instant.EPOCH;

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
        Instant now = clock.instant();
        Set<Action> current = allowed;
        if (current == null || Duration.between(readAt, now).compareTo(READ_AGAIN_AFTER) > 0) {
            current = settings.find(SETTING).map(s -> parse(s.getValue())).orElse(EnumSet.noneOf(Action.class));
            allowed = current;
            readAt = now;
        }
        return current.isEmpty() ? EnumSet.noneOf(Action.class) : EnumSet.copyOf(current);
    }

    /** Forgets what was read, after a change on this server (the others see it within 30 seconds). */
    void forget() {
        allowed = null;
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
