package org.civitas.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The mail outbox. Features write mail here in their own transaction ({@link #enqueue}); {@link OutboxTimer} then
 * sends each due mail in a transaction of its own that locks its row, so that two servers never send it twice, and
 * records a failure with a growing delay before the next attempt.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    /** Queues a mail in the caller's transaction; does nothing when no SMTP server is configured. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        if (settings.isEnabled() && recipient != null && !recipient.isBlank()) {
            em.persist(new OutboxMail(recipient, subject, body, clock.instant()));
        }
    }

    /** Ids of mails due now, oldest first. */
    @PermitAll
    public List<Long> due(int max) {
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL AND m.failedAt IS NULL "
                        + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** Sends one mail, if still due, in its own transaction holding its row. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || !mail.isDue(now)) {
            return;
        }
        try {
            Session session = settings.username().isPresent()
                    ? Session.getInstance(settings.smtp(), new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(settings.username().get(), settings.password().orElse(""));
                        }
                    })
                    : Session.getInstance(settings.smtp());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            Transport.send(message);
            mail.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant(), settings.retryBase(),
                    settings.maxAttempts());
        }
    }

    /** How many mails wait, and how many were given up: for the operators' health view. */
    @RolesAllowed("ADMIN")
    public long[] counts() {
        long waiting = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL AND m.failedAt IS NULL",
                Long.class).getSingleResult();
        long failed = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.failedAt IS NOT NULL", Long.class)
                .getSingleResult();
        return new long[]{waiting, failed};
    }
}
