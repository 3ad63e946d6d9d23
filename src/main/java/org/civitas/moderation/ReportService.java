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
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
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
import java.time.Instant;

/**
 * Reports of proposals and comments. Each report is one transaction that first locks the proposal's row, so that
 * simultaneous reports of one item are counted one after the other and the item is hidden exactly when the
 * threshold is reached. Reports from accounts younger than {@code civitas.moderation.new-account-days} reach the
 * moderators' queue like any other but do not count toward that threshold: accounts cost nothing to make, and a few
 * made for the purpose must not hide what they dislike. Whether the account was new is kept with the report, so the
 * rule does not change what an old report counted for.
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

    /** Reports from distinct accounts, none of them new, that hide an item until a moderator looks at it. */
    @Inject
    @ConfigProperty(name = "civitas.moderation.reports-to-hide", defaultValue = "3")
    private int reportsToHide;

    /** Accounts younger than this (in days) report to the moderators only: their reports hide nothing by themselves. */
    @Inject
    @ConfigProperty(name = "civitas.moderation.new-account-days", defaultValue = "7")
    private int newAccountDays;

    /** Reports one account may send in an hour. */
    @Inject
    @ConfigProperty(name = "civitas.limit.reports-per-hour", defaultValue = "20")
    private int reportsPerHour;

    /** Reports one account may send in a day: a steady hourly pace must not reach every item of the portal. */
    @Inject
    @ConfigProperty(name = "civitas.limit.reports-per-day", defaultValue = "50")
    private int reportsPerDay;

    @Inject
    private AccountService accounts;

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
        limits.take(Limit.of("report-day", reportsPerDay, Duration.ofDays(1)), Long.toString(reporter),
                "limit.reportsPerDay");
        Instant now = clock.instant();
        boolean fromNewAccount = accounts.findActive(reporter).map(Account::getCreatedAt)
                .map(created -> created.isAfter(now.minus(Duration.ofDays(newAccountDays)))).orElse(true);
        String details = form.details() == null || form.details().isBlank() ? null : form.details().strip();
        Report report = new Report(target, targetId, proposalId, reporter, fromNewAccount, form.reason(), details, now);
        try {
            em.persist(report);
            em.flush();
        } catch (PersistenceException e) {
            if (Persistence.isConstraintViolation(e)) {
                throw new AlreadyReportedException();
            }
            throw e;
        }
        if (fromNewAccount) {
            return new Outcome(report.getId(), false); // it waits for a moderator and cannot be the one that hides
        }
        long open = em.createQuery("SELECT COUNT(DISTINCT r.accountId) FROM Report r WHERE r.target = :t "
                        + "AND r.targetId = :id AND r.reviewedAt IS NULL AND r.fromNewAccount = FALSE", Long.class)
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
