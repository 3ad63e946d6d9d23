package org.civitas.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.Role;
import org.civitas.platform.Callers;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailSettings;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalStatus;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Tells the people concerned by a proposal that it was answered: its author and everyone who voted on it or
 * commented it (active accounts, not the official who answered). One notification each in the portal and, when
 * mail is configured, one mail each in their language, written in the answer's transaction by two set-based
 * statements: answering a proposal with 10,000 voters costs the same number of statements as with one.
 */
@Stateless
public class NotificationService {

    /** The people concerned, as a condition on {@code account a}: parameters author's proposal, votes, comments, official. */
    private static final String CONCERNED = "a.deleted_at IS NULL AND a.blocked_at IS NULL AND a.id <> ?"
            + " AND (a.id = (SELECT p.author_id FROM proposal p WHERE p.id = ?)"
            + " OR a.id IN (SELECT v.account_id FROM vote v WHERE v.proposal_id = ?)"
            + " OR a.id IN (SELECT c.account_id FROM comment c WHERE c.proposal_id = ?))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSettings mail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Notifies everyone concerned by an answer; runs in the answer's transaction. Returns how many were told. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int answered(Proposal proposal, ProposalStatus decision, long officialId) {
        Timestamp now = Timestamp.from(clock.instant());
        int told = em.createNativeQuery("INSERT INTO notification (version, account_id, kind, proposal_id, decision, "
                        + "created_at) SELECT 1, a.id, 'ANSWER', ?, ?, ? FROM account a WHERE " + CONCERNED)
                .setParameter(1, proposal.getId()).setParameter(2, decision.name()).setParameter(3, now)
                .setParameter(4, officialId).setParameter(5, proposal.getId()).setParameter(6, proposal.getId())
                .setParameter(7, proposal.getId()).executeUpdate();
        if (mail.isEnabled()) {
            String link = mail.publicUrl() + "/proposals/" + proposal.getId() + "/" + proposal.getSlug();
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String status = Texts.get(locale, "status." + decision.name());
                em.createNativeQuery("INSERT INTO mail_outbox (version, recipient, subject, body, created_at, attempts, "
                                + "next_attempt_at) SELECT 1, a.email, ?, ?, ?, 0, ? FROM account a WHERE a.email IS NOT NULL "
                                + "AND a.locale = ? AND " + CONCERNED)
                        .setParameter(1, cut(Texts.get(locale, "mail.answer.subject", proposal.getTitle()), 200))
                        .setParameter(2, cut(Texts.get(locale, "mail.answer.body", proposal.getTitle(), status, link), 8000))
                        .setParameter(3, now).setParameter(4, now).setParameter(5, locale.getLanguage())
                        .setParameter(6, officialId).setParameter(7, proposal.getId()).setParameter(8, proposal.getId())
                        .setParameter(9, proposal.getId()).executeUpdate();
            }
        }
        return told;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The caller's notifications, newest first. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<Notification> mine(int first, int pageSize) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class).setParameter("a", Callers.requireAccountId(session))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultList();
    }

    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public long countMine() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a", Long.class)
                .setParameter("a", Callers.requireAccountId(session)).getSingleResult();
    }

    /** Unread notifications of the caller (the bell); 0 for a visitor. */
    @PermitAll
    public long unread() {
        return Callers.accountId(session).map(a -> em.createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL", Long.class)
                .setParameter("a", a).getSingleResult()).orElse(0L);
    }

    /** Marks all the caller's notifications read. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public int markAllRead() {
        Instant now = clock.instant();
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :a AND n.readAt IS NULL")
                .setParameter("now", now).setParameter("a", Callers.requireAccountId(session)).executeUpdate();
    }
}
