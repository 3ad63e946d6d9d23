package org.civitas.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.comments.CommentModerated;
import org.civitas.comments.CommentService;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.Persistence;
import org.civitas.proposals.ProposalModerated;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a report does once its reporter is known. It first locks the proposal's row, so that simultaneous reports of
 * one item are counted one after the other and the item is hidden exactly when the threshold is reached. Reports from
 * accounts younger than {@code civitas.moderation.new-account-days} reach the moderators' queue like any other but do
 * not count toward that threshold: accounts cost nothing to make, and a few made for the purpose must not hide what
 * they dislike. Whether the account was new is kept with the report, so the rule does not change what an old report
 * counted for. A plain bean in its caller's transaction: {@link ReportService} for a signed-in reporter,
 * {@link ReportSeeder} for the demo town.
 */
@ApplicationScoped
class Reporting {

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
    private Clock clock;

    /** Reports from distinct accounts, none of them new, that hide an item until a moderator looks at it. */
    @Inject
    @ConfigProperty(name = "civitas.moderation.reports-to-hide", defaultValue = "3")
    private int reportsToHide;

    /** Accounts younger than this (in days) report to the moderators only: their reports hide nothing by themselves. */
    @Inject
    @ConfigProperty(name = "civitas.moderation.new-account-days", defaultValue = "7")
    private int newAccountDays;

    /**
     * Files {@code reporter}'s report of an item they can see and did not write, once per item; {@code admit} runs once
     * the report is known to be valid, before it is written (the reporter's limits).
     */
    ReportService.Outcome file(long reporter, ReportTarget target, long targetId, ReportForm form, Runnable admit) {
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
        admit.run();
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
            return new ReportService.Outcome(report.getId(), false); // it waits for a moderator and cannot be the one that hides
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
        return new ReportService.Outcome(report.getId(), hidden);
    }
}
