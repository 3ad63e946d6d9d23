package org.civitas.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.comments.Comment;
import org.civitas.comments.CommentModerated;
import org.civitas.comments.CommentNotFoundException;
import org.civitas.comments.CommentService;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.PlainText;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalModerated;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalReader;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The moderators' work: the queue of reported and auto-hidden items, hiding (with a public reason) or restoring
 * them, and blocking accounts. Each decision is one transaction that locks the proposal concerned first (as
 * reports do), marks the item's reports as looked at, and writes the audit log.
 */
@Stateless
public class ModerationService {

    private static final String MODERATORS = Role.Names.MODERATOR;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalReader proposals;

    @Inject
    private Event<ProposalModerated> proposalModerated;

    @Inject
    private Event<CommentModerated> commentModerated;

    @Inject
    private CommentService comments;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** One report as the queue shows it; whether it came from a new account (it did not count toward hiding). */
    public record ReportLine(ReportReason reason, String details, Instant createdAt, boolean fromNewAccount) {
    }

    /** One item waiting for a moderator: what it is, who wrote it, whether it is hidden, and its open reports. */
    public record QueueItem(ReportTarget target, long targetId, long proposalId, String proposalTitle, String text,
                            Long authorId, String authorName, boolean authorBlocked, boolean hidden,
                            List<ReportLine> reports) {
    }

    /** Items with reports no moderator has looked at yet, oldest report first. */
    @RolesAllowed({MODERATORS, Role.Names.ADMIN})
    public List<QueueItem> queue(int first, int pageSize) {
        List<Object[]> keys = em.createQuery("SELECT r.target, r.targetId, r.proposalId, MIN(r.createdAt) AS since "
                        + "FROM Report r WHERE r.reviewedAt IS NULL GROUP BY r.target, r.targetId, r.proposalId "
                        + "ORDER BY since, r.targetId", Object[].class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 50))).getResultList();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> targetIds = keys.stream().map(k -> (Long) k[1]).distinct().toList();
        Map<String, List<ReportLine>> reports = em.createQuery("SELECT r FROM Report r WHERE r.reviewedAt IS NULL "
                        + "AND r.targetId IN :ids ORDER BY r.createdAt", Report.class)
                .setParameter("ids", targetIds).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.getTarget() + ":" + r.getTargetId(),
                        Collectors.mapping(ModerationService::line, Collectors.toList())));
        List<QueueItem> items = new ArrayList<>();
        for (Object[] key : keys) {
            ReportTarget target = (ReportTarget) key[0];
            long targetId = (Long) key[1];
            items.add(describe(target, targetId, (Long) key[2],
                    reports.getOrDefault(target + ":" + targetId, List.of())));
        }
        return items;
    }

    /** One item, reported or not, with its open reports: what the decision page shows; empty when there is none. */
    @RolesAllowed({MODERATORS, Role.Names.ADMIN})
    public Optional<QueueItem> findItem(@NotNull ReportTarget target, long targetId) {
        try {
            return Optional.of(item(target, targetId));
        } catch (ProposalNotFoundException | CommentNotFoundException e) {
            return Optional.empty();
        }
    }

    private QueueItem item(ReportTarget target, long targetId) {
        long proposalId = target == ReportTarget.PROPOSAL ? targetId : comments.proposalOf(targetId);
        List<ReportLine> open = em.createQuery("SELECT r FROM Report r WHERE r.reviewedAt IS NULL AND r.target = :t "
                        + "AND r.targetId = :id ORDER BY r.createdAt", Report.class)
                .setParameter("t", target).setParameter("id", targetId).getResultList().stream()
                .map(ModerationService::line).toList();
        return describe(target, targetId, proposalId, open);
    }

    private static ReportLine line(Report r) {
        return new ReportLine(r.getReason(), r.getDetails(), r.getCreatedAt(), r.isFromNewAccount());
    }

    private QueueItem describe(ReportTarget target, long targetId, long proposalId, List<ReportLine> reportLines) {
        Proposal proposal = proposals.find(proposalId).orElseThrow(ProposalNotFoundException::new);
        String title = proposal.getTitle();
        String text;
        long authorId;
        boolean hidden;
        if (target == ReportTarget.PROPOSAL) {
            text = proposal.getSummary();
            authorId = proposal.getAuthorId();
            hidden = proposal.isHidden();
        } else {
            Comment comment = comments.forModeration(targetId);
            text = comment.getBody() == null ? "" : comment.getBody();
            authorId = comment.getAccountId();
            hidden = comment.isHidden();
        }
        Account author = accounts.findForModeration(authorId).orElse(null);
        return new QueueItem(target, targetId, proposalId, title, text, author == null ? null : author.getId(),
                author == null ? null : author.getDisplayName(), author != null && author.isBlocked(), hidden,
                reportLines);
    }

    @RolesAllowed({MODERATORS, Role.Names.ADMIN})
    public long queueSize() {
        return em.createQuery("SELECT COUNT(DISTINCT r.targetId) FROM Report r WHERE r.reviewedAt IS NULL", Long.class)
                .getSingleResult();
    }

    /**
     * Hides an item with a public reason (required), or restores it (keeps it visible); either way its open
     * reports are marked as looked at.
     */
    @RolesAllowed({MODERATORS, Role.Names.ADMIN})
    public void decide(@NotNull ReportTarget target, long targetId, boolean hide,
                       @Size(max = 500) @PlainText String reason) {
        if (hide && (reason == null || reason.isBlank())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "moderation.reasonRequired");
        }
        long proposalId = target == ReportTarget.PROPOSAL ? targetId : comments.proposalOf(targetId);
        proposals.serialize(proposalId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target == ReportTarget.PROPOSAL) {
            proposalModerated.fire(hide ? new ProposalModerated(targetId, HiddenCause.MODERATOR, why)
                    : ProposalModerated.restored(targetId));
        } else {
            commentModerated.fire(hide ? new CommentModerated(targetId, HiddenCause.MODERATOR, why)
                    : CommentModerated.restored(targetId));
        }
        em.createQuery("UPDATE Report r SET r.reviewedAt = :now WHERE r.target = :t AND r.targetId = :id "
                        + "AND r.reviewedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("t", target).setParameter("id", targetId)
                .executeUpdate();
        audit.record((hide ? "HIDE_" : "RESTORE_") + target.name(), target.name(), targetId, why);
    }

    /** Blocks an account (no sign-in) and hides its proposals and comments; the reason goes to the audit log. */
    @RolesAllowed({MODERATORS, Role.Names.ADMIN})
    public int block(long accountId, @NotNull @Size(min = 1, max = 500) @PlainText String reason) {
        if (reason.isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "moderation.reasonRequired");
        }
        accounts.block(accountId, reason);
        audit.record("BLOCK_ACCOUNT", "ACCOUNT", accountId, reason);
        return hiddenByBlocking(accountId);
    }

    /** Unblocks an account and shows again what its blocking hid. */
    @RolesAllowed({MODERATORS, Role.Names.ADMIN})
    public int unblock(long accountId, String reason) {
        int shown = hiddenByBlocking(accountId);
        accounts.unblock(accountId);
        audit.record("UNBLOCK_ACCOUNT", "ACCOUNT", accountId, reason);
        return shown;
    }

    /** How many proposals and comments of an account its blocking hides (what unblocking shows again). */
    private int hiddenByBlocking(long accountId) {
        return (int) (proposals.countHiddenOf(accountId, HiddenCause.BLOCK) + comments.countHiddenOf(accountId, HiddenCause.BLOCK));
    }

    /** What the block page shows of an account; empty when there is none (or it was deleted). */
    @RolesAllowed({MODERATORS, Role.Names.ADMIN})
    public Optional<Account> findAccount(long accountId) {
        return accounts.findForModeration(accountId);
    }
}
