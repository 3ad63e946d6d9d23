package org.civitas.platform.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.AuditLog;
import org.civitas.platform.outbox.Outbox;
import org.civitas.platform.outbox.OutboxItem;

import java.util.List;

/**
 * What administrators see of outgoing mail and do with it: how much waits, the mails given up (newest first, with
 * the SMTP server's last answer), and sending them again once the cause is fixed, each sending again written to the
 * audit log.
 */
@Stateless
@RolesAllowed("ADMIN")
public class MailAdmin {

    /** The most mails one "send all again" takes: a larger backlog takes several clicks, each a short transaction. */
    static final int RETRY_ALL_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private MailSettings settings;

    /** Whether mail is sent at all (an SMTP server configured), how many wait, how many were given up. */
    public record Status(boolean enabled, long waiting, long dead) {
    }

    public Status status() {
        Outbox.Counts counts = outbox.counts(OutboxMail.class);
        return new Status(settings.isEnabled(), counts.waiting(), counts.dead());
    }

    /** Mails given up, the most recently created first. */
    public List<OutboxMail> dead(int first, int size) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.state = :dead ORDER BY m.createdAt DESC, m.id DESC",
                        OutboxMail.class).setParameter("dead", OutboxItem.State.DEAD)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
    }

    /** Sends one given-up mail again, with a fresh count of attempts. */
    public void retry(long id) {
        outbox.retry(OutboxMail.class, id);
        audit.record("MAIL_RETRIED", "MAIL", id, null);
    }

    /** Sends the given-up mails again (at most {@link #RETRY_ALL_MAX}, oldest first); returns how many. */
    public int retryAll() {
        List<Long> ids = em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.state = :dead ORDER BY m.id", Long.class)
                .setParameter("dead", OutboxItem.State.DEAD).setMaxResults(RETRY_ALL_MAX).getResultList();
        ids.forEach(this::retry);
        return ids.size();
    }
}
