package org.civitas.notifications;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Account;
import org.civitas.accounts.Role;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.UnsubscribeLinks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How each person wants mail, kind by kind ({@link NoticeKind}, {@link Cadence}): their choices, and the one-click
 * unsubscribe of a mail ({@link UnsubscribeLinks}), which works without signing in and changes exactly what the mail
 * was about (its kind; for a digest, the kinds it gathers). A choice equal to the kind's default is no row. Changes
 * lock the account's row first: two at once end as one choice.
 */
@Stateless
public class NoticePreferences {

    /** The page of one's choices, relative to the portal's root. */
    public static final String PAGE = "/account/alerts.xhtml";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnsubscribeLinks links;

    @Inject
    private RateLimiter limits;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** What an unsubscribe link stops: its topic, the kinds it changes, and whether they were already stopped. */
    public record Unsubscription(String topic, List<NoticeKind> kinds, boolean alreadyStopped) {
    }

    /**
     * The end of every mail one can stop: how to stop that kind of mail (the sender puts the page's address in place of
     * {@link UnsubscribeLinks#PLACEHOLDER}) and where one's choices are.
     */
    static String mailFooter(Locale locale, String publicUrl) {
        return Texts.get(locale, "mail.footer", UnsubscribeLinks.PLACEHOLDER, publicUrl + PAGE);
    }

    /** The caller's choice for every kind, defaults included. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Map<NoticeKind, Cadence> mine() {
        return of(Callers.requireAccountId(session));
    }

    /** The caller's new choices; kinds left out keep theirs. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public void choose(@NotNull Map<NoticeKind, Cadence> choices) {
        long caller = Callers.requireAccountId(session);
        limits.take(Limit.of("notice-preferences", 30, Duration.ofMinutes(1)), Long.toString(caller),
                "limit.preferences");
        em.find(Account.class, caller, LockModeType.PESSIMISTIC_WRITE);
        choices.forEach((kind, cadence) -> write(em, clock, caller, kind, cadence));
    }

    /** How many people changed a choice, and how many of them stopped some mail: for the officials' dashboard. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public long[] countChoices() {
        // Two statements: embedded Derby counts one DISTINCT per query
        Number choosers = (Number) em.createNativeQuery("SELECT COUNT(DISTINCT account_id) FROM notice_preference")
                .getSingleResult();
        Number stoppers = (Number) em.createNativeQuery("SELECT COUNT(DISTINCT account_id) FROM notice_preference "
                + "WHERE cadence = 'NEVER'").getSingleResult();
        return new long[]{choosers.longValue(), stoppers.longValue()};
    }

    /** What a link would stop, if the portal signed it and its account is still there. */
    @PermitAll
    public Optional<Unsubscription> describe(String token) {
        return links.read(token).flatMap(s -> reachable(s.accountId()) ? unsubscription(s) : Optional.empty());
    }

    /**
     * Stops what a link names: the kind's mail, or every kind its digest gathers. Repeated, it changes nothing more.
     * An unknown or forged link, or one whose account is gone: a NOT_FOUND failure.
     */
    @PermitAll
    public Unsubscription unsubscribe(String token) {
        UnsubscribeLinks.Subscription subscription = links.read(token)
                .filter(s -> reachable(s.accountId()))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "unsubscribe.invalid"));
        em.find(Account.class, subscription.accountId(), LockModeType.PESSIMISTIC_WRITE);
        Unsubscription stopped = unsubscription(subscription)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "unsubscribe.invalid"));
        for (NoticeKind kind : stopped.kinds()) {
            write(em, clock, subscription.accountId(), kind, Cadence.NEVER);
        }
        return stopped;
    }

    private Optional<Unsubscription> unsubscription(UnsubscribeLinks.Subscription subscription) {
        Map<NoticeKind, Cadence> choices = of(subscription.accountId());
        Optional<NoticeKind> kind = NoticeKind.parse(subscription.topic());
        if (kind.isPresent()) {
            return Optional.of(new Unsubscription(subscription.topic(), List.of(kind.get()),
                    choices.get(kind.get()) == Cadence.NEVER));
        }
        Optional<Cadence> digest = Cadence.parse(subscription.topic()).filter(Cadence::isDigest);
        if (digest.isEmpty()) {
            return Optional.empty();
        }
        List<NoticeKind> gathered = new ArrayList<>();
        choices.forEach((k, c) -> {
            if (c == digest.get()) {
                gathered.add(k);
            }
        });
        return Optional.of(new Unsubscription(subscription.topic(), gathered, gathered.isEmpty()));
    }

    private Map<NoticeKind, Cadence> of(long accountId) {
        Map<NoticeKind, Cadence> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            choices.put(kind, kind.byDefault());
        }
        List<?> rows = em.createNativeQuery("SELECT p.kind, p.cadence FROM notice_preference p WHERE p.account_id = ?")
                .setParameter(1, accountId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            NoticeKind.parse((String) columns[0]).ifPresent(k -> Cadence.parse((String) columns[1])
                    .ifPresent(c -> choices.put(k, c)));
        }
        return choices;
    }

    private boolean reachable(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account != null && !account.isDeleted() && !account.isBlocked();
    }

    /** One choice, the account's row already locked (or nobody else writing: the demo): a default is no row. */
    static void write(EntityManager em, Clock clock, long accountId, NoticeKind kind, Cadence cadence) {
        if (cadence == kind.byDefault()) {
            em.createNativeQuery("DELETE FROM notice_preference WHERE account_id = ? AND kind = ?")
                    .setParameter(1, accountId).setParameter(2, kind.name()).executeUpdate();
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = em.createNativeQuery("UPDATE notice_preference SET cadence = ?, changed_at = ? "
                        + "WHERE account_id = ? AND kind = ?").setParameter(1, cadence.name()).setParameter(2, now)
                .setParameter(3, accountId).setParameter(4, kind.name()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO notice_preference (account_id, kind, cadence, changed_at) "
                            + "VALUES (?, ?, ?, ?)").setParameter(1, accountId).setParameter(2, kind.name())
                    .setParameter(3, cadence.name()).setParameter(4, now).executeUpdate();
        }
    }
}
