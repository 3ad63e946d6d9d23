package org.civitas.moderation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.ConfirmationRules;
import org.civitas.accounts.Role;
import org.civitas.comments.CommentModerated;
import org.civitas.comments.CommentService;
import org.civitas.platform.Callers;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.Limit;
import org.civitas.platform.Persistence;
import org.civitas.platform.RateLimiter;
import org.civitas.proposals.ProposalModerated;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Reports of proposals and comments. Each report is one transaction that first locks the proposal's row, so that
 * simultaneous reports of one item are counted one after the other and the item is hidden exactly when the
 * threshold is reached.
 */
@Stateless
public class ReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConfirmationRules confirmations;

    @Inject
    private ProposalReader proposals;

    @Inject
    private Event<ProposalModerated> proposalModerated;

    @Inject
    private Event<CommentModerated> commentModerated;

    @Inject
    private CommentService comments;

    @Inject
    private RateLimiter limits;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Reports from distinct accounts that hide an item until a moderator looks at it. */
    @Inject
    @ConfigProperty(name = "civitas.moderation.reports-to-hide", defaultValue = "3")
    private int reportsToHide;

    /** Reports one account may send in an hour. */
    @Inject
    @ConfigProperty(name = "civitas.limit.reports-per-hour", defaultValue = "20")
    private int reportsPerHour;

    /** What became of a report. */
    public record Outcome(long reportId, boolean hidden) {
    }

    /** The caller reports a proposal or a comment they can see and did not write; once per item. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Outcome report(@NotNull ReportTarget target, long targetId, @NotNull @Valid ReportForm form) {
        long reporter = Callers.requireAccountId(session);
        confirmations.require(reporter, ConfirmationRules.Action.REPORT);
        // Lock first, read after: what is read before the lock may be changed by the report that hides it.
        long proposalId = target == ReportTarget.PROPOSAL ? targetId : comments.proposalOf(targetId);
        proposals.serialize(proposalId);
        long authorId;
        if (target == ReportTarget.PROPOSAL) {
            authorId = proposals.openToAll(targetId).orElseThrow(ProposalNotFoundException::new).getAuthorId();
        } else {
            authorId = comments.reportable(targetId).authorId();
        }
        if (authorId == reporter) {
            throw new OwnContentReportException();
        }
        if (!em.createQuery("SELECT r.id FROM Report r WHERE r.target = :t AND r.targetId = :id AND r.accountId = :a",
                        Long.class)
                .setParameter("t", target).setParameter("id", targetId).setParameter("a", reporter)
                .getResultList().isEmpty()) {
            throw new AlreadyReportedException();
        }
        limits.take(Limit.of("report", reportsPerHour, Duration.ofHours(1)), Long.toString(reporter), "limit.reports");
        String details = form.details() == null || form.details().isBlank() ? null : form.details().strip();
        Report report = new Report(target, targetId, proposalId, reporter, form.reason(), details, clock.instant());
        try {
            em.persist(report);
            em.flush();
        } catch (PersistenceException e) {
            if (Persistence.isConstraintViolation(e)) {
                throw new AlreadyReportedException();
            }
            throw e;
        }
        long open = em.createQuery("SELECT COUNT(DISTINCT r.accountId) FROM Report r WHERE r.target = :t "
                        + "AND r.targetId = :id AND r.reviewedAt IS NULL", Long.class)
                .setParameter("t", target).setParameter("id", targetId).getSingleResult();
        // The item was visible (checked above, under the lock): reaching the threshold hides it.
        boolean hidden = open >= reportsToHide;
        if (hidden && target == ReportTarget.PROPOSAL) {
            proposalModerated.fire(new ProposalModerated(targetId, HiddenCause.REPORTS, null));
        } else if (hidden) {
            commentModerated.fire(new CommentModerated(targetId, HiddenCause.REPORTS, null));
        }
        return new Outcome(report.getId(), hidden);
    }
}
