package org.civitas.comments;

/**
 * Announced by this feature, in the comment's transaction, when a comment is posted ({@code parentId} and the author
 * of the comment it answers, {@code parentAuthorId}, set for a reply): whoever tells people about replies and new
 * comments observes it.
 */
public record CommentPosted(long commentId, long proposalId, Long parentId, Long parentAuthorId, long authorId) {
}
