package org.civitas.guestbook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.Locale;

/**
 * Guest book messages written and moderated for seeding at start-up (the demo town), with no signed-in author or
 * moderator: each does what {@link GuestbookService} does, at the clock's time. Nothing else calls it.
 */
@Stateless
@PermitAll
public class GuestbookSeeder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A member's message, published by {@code moderator} if given (else waiting for one), perhaps answered. */
    public void member(long accountId, @NotNull @Valid GuestbookText text, Long moderator, Long official, String reply) {
        GuestbookMessage message = GuestbookMessage.ofMember(accountId, text, Locale.FRENCH, clock.instant());
        decide(message, moderator, official, reply);
    }

    /** A visitor's confirmed message, published by {@code moderator} if given. */
    public void visitor(@NotNull @Valid Visitor visitor, @NotNull @Valid GuestbookText text, Long moderator) {
        GuestbookMessage message = GuestbookMessage.ofVisitor(visitor, text, Locale.FRENCH, null, null, clock.instant());
        message.confirm(clock.instant());
        decide(message, moderator, null, null);
    }

    private void decide(GuestbookMessage message, Long moderator, Long official, String reply) {
        if (moderator != null) {
            message.decide(true, null, moderator, clock.instant());
        }
        if (official != null && reply != null) {
            message.reply(reply, official, clock.instant());
        }
        em.persist(message);
    }
}
