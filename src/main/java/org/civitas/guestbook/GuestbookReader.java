package org.civitas.guestbook;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

/**
 * The guest book as people read it: the wall of published messages, newest first, paged in the database (two queries
 * a page: the messages, then their members' names); one published message; and, for moderators, what waits for them.
 * Nothing else is ever shown: an unconfirmed, waiting or rejected message is found by no public read.
 */
@Stateless
public class GuestbookReader {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @PermitAll
    public List<GuestbookEntry> wall(int first, int size) {
        return entries(em.createQuery("SELECT m FROM GuestbookMessage m WHERE m.status = :s "
                        + "ORDER BY m.publishedAt DESC, m.id DESC", GuestbookMessage.class)
                .setParameter("s", MessageStatus.PUBLISHED).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100))).getResultList());
    }

    @PermitAll
    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM GuestbookMessage m WHERE m.status = :s", Long.class)
                .setParameter("s", MessageStatus.PUBLISHED).getSingleResult();
    }

    /** A published message. */
    @PermitAll
    public Optional<GuestbookEntry> published(long id) {
        GuestbookMessage message = em.find(GuestbookMessage.class, id);
        return message == null || message.getStatus() != MessageStatus.PUBLISHED ? Optional.empty()
                : Optional.of(entries(List.of(message)).get(0));
    }

    /** What waits for a moderator, oldest first. */
    @RolesAllowed(Role.Names.MODERATOR)
    public List<GuestbookEntry> pending(int first, int size) {
        return entries(em.createQuery("SELECT m FROM GuestbookMessage m WHERE m.status = :s ORDER BY m.createdAt, m.id",
                        GuestbookMessage.class).setParameter("s", MessageStatus.PENDING)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList());
    }

    @PermitAll
    public long pendingCount() {
        return em.createQuery("SELECT COUNT(m) FROM GuestbookMessage m WHERE m.status = :s", Long.class)
                .setParameter("s", MessageStatus.PENDING).getSingleResult();
    }

    private List<GuestbookEntry> entries(List<GuestbookMessage> messages) {
        Map<Long, AccountService.PublicProfile> members = accounts.publicProfiles(messages.stream()
                .map(GuestbookMessage::getAccountId).filter(Objects::nonNull).distinct().toList());
        return messages.stream().map(m -> new GuestbookEntry(m.getId(),
                m.getAccountId() == null ? m.getVisitorName() : Optional.ofNullable(members.get(m.getAccountId()))
                        .map(AccountService.PublicProfile::displayName).orElse(null),
                m.getAccountId() != null, m.getRelation(), m.getPlace(), m.getBody(), m.getCreatedAt(),
                m.getPublishedAt(), m.getReply(), m.getRepliedAt(), m.getStatus(), m.getRejectionReason())).toList();
    }
}
