package org.civitas.guestbook;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.PlainText;
import org.civitas.platform.RateLimiter;
import org.civitas.platform.SecretTokens;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailOutbox;
import org.civitas.platform.mail.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Writing in the guest book and moderating it. A member's message waits for a moderator at once; a visitor's waits
 * first for the link mailed to the address they gave (a page that asks for a click: a mail scanner opening the link
 * confirms nothing), valid two days. Moderators publish or reject (with a reason the author never sees on the wall);
 * officials reply once, publicly. Every decision and reply is in the audit log. Limits: a member writes 3 messages a
 * day; an address of the network 5 visitors' messages an hour, an e-mail address 3 a day.
 */
@Stateless
public class GuestbookService {

    /** The page the confirmation link opens. */
    public static final String CONFIRM_PAGE = "/guestbook/confirm.xhtml";

    private static final Duration TOKEN_LIFETIME = Duration.ofDays(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private RateLimiter limits;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSettings mail;

    @Inject
    @ConfigProperty(name = "civitas.limit.guestbook-per-day", defaultValue = "3")
    private int perDay;

    @Inject
    @ConfigProperty(name = "civitas.limit.guestbook-visitors-per-hour", defaultValue = "5")
    private int visitorsPerHour;

    /** A signed-in member signs: the message waits for a moderator. */
    @RolesAllowed(Role.Names.CITIZEN)
    public GuestbookMessage sign(@NotNull @Valid GuestbookText text, @NotNull Locale locale) {
        long me = Callers.requireAccountId(session);
        limits.take(Limit.of("guestbook", perDay, Duration.ofDays(1)), Long.toString(me), "limit.guestbook");
        GuestbookMessage message = GuestbookMessage.ofMember(me, text, locale, clock.instant());
        em.persist(message);
        return message;
    }

    /**
     * A visitor signs without an account: the message is kept, unconfirmed, and a link to confirm it is mailed to the
     * address given (in the visitor's language). {@code from} is the network address the request came from.
     */
    @PermitAll
    public void signAsVisitor(@NotNull @Valid Visitor visitor, @NotNull @Valid GuestbookText text,
                              @NotNull Locale locale, @NotBlank String from) {
        limits.take(Limit.of("guestbook-visitor", visitorsPerHour, Duration.ofHours(1)), from, "limit.guestbookVisitor");
        limits.take(Limit.of("guestbook-email", perDay, Duration.ofDays(1)),
                visitor.email().toLowerCase(Locale.ROOT), "limit.guestbookVisitor");
        String token = SecretTokens.draw(24);
        em.persist(GuestbookMessage.ofVisitor(visitor, text, locale, SecretTokens.hash(token),
                clock.instant().plus(TOKEN_LIFETIME), clock.instant()));
        String link = mail.publicUrl() + CONFIRM_PAGE + "?t=" + token;
        outbox.enqueue(visitor.email(), Texts.get(locale, "guestbookMail.subject"),
                Texts.get(locale, "guestbookMail.body", visitor.name(), link, TOKEN_LIFETIME.toHours()));
    }

    /** The visitor confirms with the mailed link: the message now waits for a moderator. Once only, within two days. */
    @PermitAll
    public void confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw unknownLink();
        }
        GuestbookMessage message = em.createQuery("SELECT m FROM GuestbookMessage m WHERE m.tokenHash = :h",
                        GuestbookMessage.class).setParameter("h", SecretTokens.hash(token.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElseThrow(this::unknownLink);
        if (message.getStatus() != MessageStatus.UNCONFIRMED || message.getTokenExpiresAt().isBefore(clock.instant())) {
            throw unknownLink();
        }
        message.confirm(clock.instant());
    }

    /** A moderator publishes a message waiting for them (or one rejected before, on second thought). */
    @RolesAllowed(Role.Names.MODERATOR)
    public GuestbookMessage publish(long id) {
        GuestbookMessage message = decidable(id);
        message.decide(true, null, Callers.requireAccountId(session), clock.instant());
        audit.record("GUESTBOOK_PUBLISHED", "GUESTBOOK", id, null);
        return message;
    }

    /** A moderator rejects a message, or takes a published one off the wall, with a reason for the audit log. */
    @RolesAllowed(Role.Names.MODERATOR)
    public GuestbookMessage reject(long id, @NotBlank @Size(max = 500) @PlainText String reason) {
        GuestbookMessage message = decidable(id);
        message.decide(false, reason.strip(), Callers.requireAccountId(session), clock.instant());
        audit.record("GUESTBOOK_REJECTED", "GUESTBOOK", id, reason);
        return message;
    }

    /** The town replies to a published message, publicly; a second reply replaces the first. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public GuestbookMessage reply(long id, @NotBlank @Size(max = 2000) @PlainText String text) {
        GuestbookMessage message = locked(id);
        if (message.getStatus() != MessageStatus.PUBLISHED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "guestbook.notPublished");
        }
        message.reply(text.strip(), Callers.requireAccountId(session), clock.instant());
        audit.record("GUESTBOOK_REPLIED", "GUESTBOOK", id, null);
        return message;
    }

    private GuestbookMessage decidable(long id) {
        GuestbookMessage message = locked(id);
        if (message.getStatus() == MessageStatus.UNCONFIRMED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "guestbook.unconfirmed");
        }
        return message;
    }

    private GuestbookMessage locked(long id) {
        GuestbookMessage message = em.find(GuestbookMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "guestbook.notFound");
        }
        return message;
    }

    private BusinessException unknownLink() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "guestbook.linkUnknown");
    }
}
