package org.civitas.notifications;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.Role;
import org.civitas.platform.Callers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A person's notifications in the portal: the list, the unread count of the bell, marking them read. */
@Stateless
public class NotificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

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
