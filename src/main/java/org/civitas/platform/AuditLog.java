package org.civitas.platform;

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
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The audit log of review and moderation: every such action writes one line in the same transaction as the action
 * itself (so there is no action without its line, and no line for an action rolled back). Lines are only ever
 * inserted; administrators read and filter them.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Records an action of the caller; must run inside the action's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String targetKind, long targetId, String reason) {
        recordBy(Callers.accountId(session).orElse(null), action, targetKind, targetId, reason);
    }

    /**
     * Records an action of a named account, which the caller has already established (the official whose answer a
     * service writes, the demo town's official at start-up, when there is no signed-in caller); must run inside the
     * action's transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordBy(Long actorId, String action, String targetKind, long targetId, String reason) {
        em.persist(new AuditEntry(actorId, action, targetKind, targetId,
                reason == null || reason.isBlank() ? null : reason.strip(), clock.instant()));
    }

    /** What the administrators' page filters by; every part optional. */
    public record Filter(String action, Long actorId, Instant from, Instant to) {
    }

    @RolesAllowed("ADMIN")
    public List<AuditEntry> search(Filter filter, int first, int pageSize) {
        TypedQuery<AuditEntry> q = em.createQuery("SELECT e FROM AuditEntry e WHERE 1 = 1" + where(filter)
                + " ORDER BY e.createdAt DESC, e.id DESC", AuditEntry.class);
        bind(q, filter);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 200))).getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count(Filter filter) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE 1 = 1" + where(filter), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    /** The actions present in the log, for the filter's choices. */
    @RolesAllowed("ADMIN")
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class)
                .getResultList();
    }

    private static String where(Filter f) {
        return (f.action() == null ? "" : " AND e.action = :action")
                + (f.actorId() == null ? "" : " AND e.actorId = :actor")
                + (f.from() == null ? "" : " AND e.createdAt >= :from")
                + (f.to() == null ? "" : " AND e.createdAt < :to");
    }

    private static void bind(TypedQuery<?> q, Filter f) {
        if (f.action() != null) {
            q.setParameter("action", f.action());
        }
        if (f.actorId() != null) {
            q.setParameter("actor", f.actorId());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
    }
}
