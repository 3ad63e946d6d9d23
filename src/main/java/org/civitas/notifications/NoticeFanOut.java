package org.civitas.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.outbox.OutboxItem;

import java.time.Instant;

/**
 * Followers to tell about something that happened to a proposal, written in the transaction of the change and turned
 * into their notifications after it commits ({@link NoticeCourier}, {@link FollowerNotices}).
 */
@Entity
@Table(name = "notice_fanout")
public class NoticeFanOut extends OutboxItem {

    /** What happened: a comment posted on a proposal, or a proposal published. */
    public enum Kind { COMMENT, NEW_PROPOSAL }

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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NoticeFanOut() {
    }

    NoticeFanOut(Kind kind, long proposalId, long actorId, Long repliedTo, Instant now) {
        super(now);
        this.kind = kind;
        this.proposalId = proposalId;
        this.actorId = actorId;
        this.repliedTo = repliedTo;
        this.createdAt = now;
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

    public Long getRepliedTo() {
        return repliedTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
