package org.civitas.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civitas.platform.Backdating;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Mail written to the outbox in the transaction of the change that causes it, and sent later ({@link MailCourier},
 * through the one outbox). Without an SMTP server configured the portal writes no mail at all, nor for a change
 * written in the past ({@link Backdating}: the demo town's story tells nobody anything today).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    private static final int SUBJECT = 200;
    private static final int BODY = 8000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    /** Queues one mail. */
    public void enqueue(String recipient, String subject, String body) {
        if (settings.isEnabled() && !Backdating.isActive() && recipient != null && !recipient.isBlank()) {
            em.persist(new OutboxMail(recipient, cut(subject, SUBJECT), cut(body, BODY), clock.instant()));
        }
    }

    /**
     * Queues the same mail to every account a query selects (its two columns: the address and the account's id), in
     * one statement whatever their number: telling the 10,000 voters of a proposal costs what telling one does. Each
     * mail can be stopped with one click ({@link UnsubscribeLinks}): {@code topic} says what the click stops, and the
     * body's {@link UnsubscribeLinks#PLACEHOLDER} becomes the page to confirm it. Returns how many were queued.
     */
    public int enqueueToEach(String recipientsSql, List<Object> parameters, String topic, String subject, String body) {
        if (!settings.isEnabled() || Backdating.isActive()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Query insert = em.createNativeQuery("INSERT INTO mail_outbox (version, recipient, account_id, topic, subject, "
                + "body, created_at, state, attempts, next_attempt_at) SELECT 1, r.address, r.account_id, ?, ?, ?, ?, "
                + "'PENDING', 0, ? FROM (" + recipientsSql + ") r (address, account_id) WHERE r.address IS NOT NULL");
        insert.setParameter(1, topic).setParameter(2, cut(subject, SUBJECT)).setParameter(3, cut(body, BODY))
                .setParameter(4, now).setParameter(5, now);
        for (int i = 0; i < parameters.size(); i++) {
            insert.setParameter(6 + i, parameters.get(i));
        }
        return insert.executeUpdate();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
