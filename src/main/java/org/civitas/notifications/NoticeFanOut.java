package org.civitas.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.budgets.Verdict;
import org.civitas.platform.outbox.OutboxItem;
import org.civitas.proposals.ProposalStatus;

import java.time.Instant;

/**
 * People to tell about something that happened to a proposal, written in the transaction of the change and turned
 * into their notifications (and mail) after it commits ({@link NoticeCourier}, {@link FollowerNotices}), once.
 */
@Entity
@Table(name = "notice_fanout")
public class NoticeFanOut extends OutboxItem {

    /**
     * What happened: an official's answer, a budget idea's technical review (its author, in {@code repliedTo}, is
     * told), a comment posted on a proposal, a proposal published, or a step of the project a budget's idea became
     * (the fan-out's proposal is then the idea).
     */
    public enum Kind { ANSWER, IDEA, COMMENT, NEW_PROPOSAL, MILESTONE }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    /** Who did it (the commenter, the author): never told about their own doing. */
    @Column(name = "actor_id", nullable = false)
    private long actorId;

    /** For a reply, the author of the comment it answers, told of it as a reply rather than as a new comment. */
    @Column(name = "replied_to")
    private Long repliedTo;

    /** For a project's step, its budget: the budget's followers are told too. */
    @Column(name = "budget_id")
    private Long budgetId;

    /** For an answer, its decision. */
    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private ProposalStatus decision;

    /** For an idea's review, its verdict. */
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict")
    private Verdict verdict;

    /**
     * Whether mail goes with the notifications, to those who want it at once (not for the demo town's past); the
     * digests gather the others' anyway.
     */
    @Column(name = "with_mail", nullable = false)
    private boolean withMail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When its notifications were written, in the same transaction: never twice. */
    @Column(name = "told_at")
    private Instant toldAt;

    protected NoticeFanOut() {
    }

    NoticeFanOut(Kind kind, long proposalId, long actorId, Long repliedTo, boolean withMail, Instant now) {
        super(now);
        this.kind = kind;
        this.proposalId = proposalId;
        this.actorId = actorId;
        this.repliedTo = repliedTo;
        this.withMail = withMail;
        this.createdAt = now;
    }

    /** An answer's fan-out: the people concerned by the proposal, told in the portal and, if {@code withMail}, by mail. */
    static NoticeFanOut answer(long proposalId, long officialId, ProposalStatus decision, boolean withMail, Instant now) {
        NoticeFanOut fanOut = new NoticeFanOut(Kind.ANSWER, proposalId, officialId, null, withMail, now);
        fanOut.decision = decision;
        return fanOut;
    }

    /** An idea's review: its author is told, in the portal and, if {@code withMail}, by mail. */
    static NoticeFanOut idea(long ideaId, long authorId, Verdict verdict, boolean withMail, Instant now) {
        NoticeFanOut fanOut = new NoticeFanOut(Kind.IDEA, ideaId, authorId, authorId, withMail, now);
        fanOut.verdict = verdict;
        return fanOut;
    }

    /** A step of the project a budget's idea became: the idea's and the budget's followers are told. */
    static NoticeFanOut milestone(long ideaId, long budgetId, long officialId, boolean withMail, Instant now) {
        NoticeFanOut fanOut = new NoticeFanOut(Kind.MILESTONE, ideaId, officialId, null, withMail, now);
        fanOut.budgetId = budgetId;
        return fanOut;
    }

    void told(Instant now) {
        toldAt = now;
    }

    public Kind getKind() {
        return kind;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getActorId() {
        return actorId;
    }

    public Long getBudgetId() {
        return budgetId;
    }

    public Long getRepliedTo() {
        return repliedTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ProposalStatus getDecision() {
        return decision;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public boolean isWithMail() {
        return withMail;
    }

    public boolean isTold() {
        return toldAt != null;
    }
}
