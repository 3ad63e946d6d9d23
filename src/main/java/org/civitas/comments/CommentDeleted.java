package org.civitas.comments;

/**
 * Announced by this feature when its author deletes a comment. Observed after the deletion commits by whoever keeps
 * copies of public content (open data's snapshots drop it within seconds).
 */
public record CommentDeleted(long commentId, long proposalId) {
}
