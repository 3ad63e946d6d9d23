package org.civitas.comments;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.ConfirmationRules;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.Callers;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.Limit;
import org.civitas.platform.Paragraphs;
import org.civitas.platform.RateLimiter;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalPage;
import org.civitas.proposals.ProposalReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Posting, editing, deleting and reading comments. Each public method is one transaction. */
@Stateless
public class CommentService {

    /** The order of a thread's top-level comments; replies always read oldest first. */
    public enum Order { NEWEST, OLDEST }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConfirmationRules confirmations;

    @Inject
    private ProposalReader proposals;

    @Inject
    private CommentCounts counts;

    @Inject
    private Posting posting;

    @Inject
    private AccountService accounts;

    @Inject
    private RateLimiter limits;

    @Inject
    private Clock clock;

    @Inject
    private Event<CommentDeleted> deleted;

    @Resource
    private SessionContext session;

    /** Comments one account may post in ten minutes. */
    @Inject
    @ConfigProperty(name = "civitas.limit.comments-per-10-minutes", defaultValue = "10")
    private int commentsPer10Minutes;

    /** Posts a comment on a public proposal, or a reply ({@code parentId}) within three levels. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Comment post(long proposalId, Long parentId, @NotNull @Valid CommentText text) {
        long author = callerId();
        confirmations.require(author, ConfirmationRules.Action.COMMENT);
        return posting.post(author, proposalId, parentId, text, () -> limits.take(
                Limit.of("comment", commentsPer10Minutes, Duration.ofMinutes(10)), Long.toString(author), "limit.comments"));
    }

    /** The author corrects a comment, within 15 minutes of posting it. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Comment edit(long commentId, @NotNull @Valid CommentText text) {
        Comment comment = own(commentId);
        if (!comment.isEditableAt(clock.instant())) {
            throw new CommentNotEditableException();
        }
        comment.edit(text.body().strip(), clock.instant());
        return comment;
    }

    /** The author deletes a comment: it shows as deleted, its replies stay. Deleting twice changes nothing. */
    @RolesAllowed(Role.Names.CITIZEN)
    public void delete(long commentId) {
        Comment comment = own(commentId);
        if (!comment.isDeleted()) {
            if (!comment.isHidden()) {
                counts.adjust(comment.getProposalId(), -1);
            }
            comment.delete(clock.instant());
            deleted.fire(new CommentDeleted(commentId, comment.getProposalId()));
        }
    }

    /**
     * What reporting a comment needs to know: its proposal and author. Only a comment a visitor can see (not
     * deleted, not hidden, on a visible proposal) can be reported.
     */
    @PermitAll
    public Reportable reportable(long commentId) {
        return findReportable(commentId).orElseThrow(CommentNotFoundException::new);
    }

    /** The same, empty when the comment cannot be reported. */
    @PermitAll
    public Optional<Reportable> findReportable(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.isDeleted() || comment.isHidden()
                || proposals.openToAll(comment.getProposalId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reportable(comment.getProposalId(), comment.getAccountId(), comment.getBody()));
    }

    /** The proposal a comment belongs to, read without loading the comment (callers lock the proposal next). */
    @PermitAll
    public long proposalOf(long commentId) {
        return em.createQuery("SELECT c.proposalId FROM Comment c WHERE c.id = :id", Long.class)
                .setParameter("id", commentId).getResultStream().findFirst().orElseThrow(CommentNotFoundException::new);
    }

    /** A comment as a report sees it. */
    public record Reportable(long proposalId, long authorId, String body) {
    }

    /** How many of an author's comments are hidden for a cause (what blocking their account hid, say). */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public long countHiddenOf(long authorId, @NotNull HiddenCause cause) {
        return em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.accountId = :a AND c.hiddenCause = :c", Long.class)
                .setParameter("a", authorId).setParameter("c", cause).getSingleResult();
    }

    /** The comment's proposal and an excerpt, for the moderators' queue. */
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    public Comment forModeration(long commentId) {
        return existing(commentId);
    }

    private Comment existing(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new CommentNotFoundException();
        }
        return comment;
    }

    /** A page of a proposal's threads: top-level comments in the given order, each followed by its replies. */
    @PermitAll
    public List<CommentNode> thread(long proposalId, @NotNull Order order, int first, int pageSize) {
        proposals.find(proposalId).orElseThrow(ProposalNotFoundException::new);
        return threadOf(proposalId, order, first, pageSize);
    }

    /** The same, for a proposal's page: the page was read for this caller, who may therefore see the proposal. */
    @PermitAll
    public List<CommentNode> thread(@NotNull ProposalPage page, @NotNull Order order, int first, int pageSize) {
        return threadOf(page.id(), order, first, pageSize);
    }

    private List<CommentNode> threadOf(long proposalId, Order order, int first, int pageSize) {
        List<Comment> roots = em.createQuery("SELECT c FROM Comment c WHERE c.proposalId = :p AND c.depth = 0 ORDER BY "
                        + (order == Order.NEWEST ? "c.createdAt DESC, c.id DESC" : "c.createdAt, c.id"), Comment.class)
                .setParameter("p", proposalId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100)))
                .getResultList();
        if (roots.isEmpty()) {
            return List.of();
        }
        List<Comment> replies = em.createQuery("SELECT c FROM Comment c WHERE c.rootId IN :roots "
                        + "ORDER BY c.createdAt, c.id", Comment.class)
                .setParameter("roots", roots.stream().map(Comment::getId).toList()).getResultList();
        Map<Long, AccountService.PublicProfile> authors = accounts.publicProfiles(
                Stream.concat(roots.stream(), replies.stream()).map(Comment::getAccountId).toList());
        Reader reader = new Reader(readerId(), session.isCallerInRole(Role.Names.MODERATOR)
                || session.isCallerInRole(Role.Names.ADMIN), clock.instant());
        List<CommentNode> nodes = new ArrayList<>();
        for (Comment root : roots) {
            addWithReplies(root, replies, authors, reader, nodes);
        }
        return nodes;
    }

    /** How many top-level comments a proposal has (the thread's pages). */
    @PermitAll
    public long countThreads(long proposalId) {
        return em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.proposalId = :p AND c.depth = 0", Long.class)
                .setParameter("p", proposalId).getSingleResult();
    }

    /** Who reads a thread: their account (null for a visitor), whether they moderate, and when. */
    private record Reader(Long accountId, boolean moderates, Instant now) {
    }

    private void addWithReplies(Comment comment, List<Comment> replies, Map<Long, AccountService.PublicProfile> authors,
                                Reader reader, List<CommentNode> into) {
        AccountService.PublicProfile author = authors.get(comment.getAccountId());
        boolean mine = reader.accountId() != null && reader.accountId() == comment.getAccountId();
        boolean readable = !comment.isDeleted() && (!comment.isHidden() || mine || reader.moderates());
        into.add(new CommentNode(comment.getId(), comment.getParentId(), comment.getDepth(),
                author == null ? null : author.displayName(), author != null && author.official(),
                readable ? Paragraphs.of(comment.getBody()) : List.of(), comment.isDeleted(),
                comment.isHidden(), comment.getHiddenCause() == HiddenCause.MODERATOR ? comment.getHiddenReason() : null,
                comment.getEditedAt() != null, mine && comment.isEditableAt(reader.now()), mine,
                comment.getCreatedAt()));
        for (Comment reply : replies) {
            if (comment.getId().equals(reply.getParentId())) {
                addWithReplies(reply, replies, authors, reader, into);
            }
        }
    }

    private Comment own(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new CommentNotFoundException();
        }
        if (comment.getAccountId() != callerId()) {
            throw new NotTheCommentAuthorException();
        }
        return comment;
    }

    private Long readerId() {
        return Callers.accountId(session).orElse(null);
    }

    /** One of the caller's comments, as My activity lists them. */
    public record MyComment(long id, long proposalId, String body, Instant createdAt, boolean hidden) {
    }

    /** The caller's comments that are not deleted, the newest first. */
    @RolesAllowed(Role.Names.CITIZEN)
    public List<MyComment> mine(int first, int pageSize) {
        return em.createQuery("SELECT c.id, c.proposalId, c.body, c.createdAt, c.hiddenAt FROM Comment c "
                        + "WHERE c.accountId = :me AND c.deletedAt IS NULL ORDER BY c.createdAt DESC, c.id DESC",
                        Object[].class).setParameter("me", callerId()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultStream()
                .map(r -> new MyComment((Long) r[0], (Long) r[1], (String) r[2], (Instant) r[3], r[4] != null)).toList();
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public long countMine() {
        return em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.accountId = :me AND c.deletedAt IS NULL",
                Long.class).setParameter("me", callerId()).getSingleResult();
    }

    private long callerId() {
        return Callers.requireAccountId(session);
    }
}
