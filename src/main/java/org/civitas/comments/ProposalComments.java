package org.civitas.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;
import org.civitas.proposals.ProposalStatus;

import java.time.Instant;

/**
 * A proposal's comment count: the counter column of the {@code proposal} row that comments own (lists sort on it
 * without a join), with the columns that say whether the proposal takes comments. It counts the comments a visitor
 * sees: deleted and hidden ones are taken off. Writing through it raises the row's version and change time like any
 * write of the proposal.
 */
@Entity
@Table(name = "proposal")
public class ProposalComments extends ChangeTrackedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", insertable = false, updatable = false)
    private ProposalStatus status;

    @Column(name = "hidden_at", insertable = false, updatable = false)
    private Instant hiddenAt;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    protected ProposalComments() {
    }

    /** Whether a new comment may join it: public and not hidden. */
    boolean takesComments() {
        return status.isPublic() && hiddenAt == null;
    }

    void count(int delta) {
        commentCount = Math.max(0, commentCount + delta);
    }

    int getCommentCount() {
        return commentCount;
    }
}
