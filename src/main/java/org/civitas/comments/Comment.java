package org.civitas.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.HiddenCause;
import org.civitas.platform.HideableEntity;

import java.time.Duration;
import java.time.Instant;

/** One comment. Proposal and author are ids: they belong to other features. */
@Entity
@Table(name = "comment")
public class Comment extends HideableEntity {

    /** How long the author may still correct a comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** Top-level comments are depth 0; replies to replies of replies are refused. */
    public static final int MAX_DEPTH = 2;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "root_id")
    private Long rootId;

    @Column(name = "depth", nullable = false)
    private int depth;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "body")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;


    protected Comment() {
    }

    Comment(long proposalId, Comment parent, long accountId, String body, Instant now) {
        this.proposalId = proposalId;
        this.parentId = parent == null ? null : parent.getId();
        this.rootId = parent == null ? null : (parent.rootId == null ? parent.getId() : parent.rootId);
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.accountId = accountId;
        this.body = body;
        this.createdAt = now;
    }

    boolean isEditableAt(Instant now) {
        return deletedAt == null && !isHidden() && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    void edit(String newBody, Instant now) {
        this.body = newBody;
        this.editedAt = now;
    }

    void delete(Instant now) {
        this.body = null;
        this.deletedAt = now;
    }

    /** Hides the comment (see HideableEntity); only this feature's services do. */
    void hide(Instant now, HiddenCause cause, String reason) {
        conceal(now, cause, reason);
    }

    void restore() {
        reveal();
    }

    public long getProposalId() {
        return proposalId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getRootId() {
        return rootId;
    }

    public int getDepth() {
        return depth;
    }

    public long getAccountId() {
        return accountId;
    }

    /** Null once deleted. */
    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
