package org.civitas.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Duration;
import java.time.Instant;

/** One comment. Proposal and author are ids: they belong to other features. */
@Entity
@Table(name = "comment")
public class Comment extends BaseEntity {

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

    /** Set when reports hid the comment; cleared by a moderator who restores it. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "hidden_cause")
    private org.civitas.platform.HiddenCause hiddenCause;

    /** A moderator's public reason, shown in place of the content. */
    @Column(name = "hidden_reason")
    private String hiddenReason;

    /** When the row was last written, whatever changed (open data's "since" reads it). */
    @Column(name = "changed_at")
    private Instant changedAt;

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void touch() {
        changedAt = Instant.now();
    }

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
        return deletedAt == null && hiddenAt == null && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    void edit(String newBody, Instant now) {
        this.body = newBody;
        this.editedAt = now;
    }

    void delete(Instant now) {
        this.body = null;
        this.deletedAt = now;
    }

    /**
     * Hides the item for a cause. A moderator's decision replaces any other cause; reports do not hide again what
     * a moderator already decided on.
     */
    void hide(Instant now, org.civitas.platform.HiddenCause cause, String reason) {
        if (hiddenAt == null) {
            hiddenAt = now;
        }
        hiddenCause = cause;
        hiddenReason = reason;
    }

    void restore() {
        hiddenAt = null;
        hiddenCause = null;
        hiddenReason = null;
    }

    public org.civitas.platform.HiddenCause getHiddenCause() {
        return hiddenCause;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public boolean isHidden() {
        return hiddenAt != null;
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
