package org.civitas.comments;

/**
 * Announced by this feature when a comment is posted ({@code parentId} set for a reply). Observed after the comment
 * commits by whoever tells people about replies and new comments.
 */
public record CommentPosted(long commentId, long proposalId, Long parentId, long authorId) {
}
