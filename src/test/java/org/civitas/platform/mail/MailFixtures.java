package org.civitas.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.outbox.OutboxItem;

import java.time.Instant;

/** Test-only: a mail the outbox has given up, as after days of a refusing SMTP server. Only in the tests' WAR. */
@Stateless
public class MailFixtures {

    @PersistenceContext
    private EntityManager em;

    public long deadMail(String recipient, String subject, String lastError) {
        OutboxMail mail = new OutboxMail(recipient, subject, "Bonjour,\n\nCeci est un essai.", Instant.now());
        em.persist(mail);
        em.flush();
        em.createQuery("UPDATE OutboxMail m SET m.state = :dead, m.attempts = 12, m.lastError = :error WHERE m.id = :id")
                .setParameter("dead", OutboxItem.State.DEAD).setParameter("error", lastError)
                .setParameter("id", mail.getId()).executeUpdate();
        return mail.getId();
    }
}
