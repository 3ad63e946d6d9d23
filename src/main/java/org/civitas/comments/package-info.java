/**
 * Comments on public proposals, in threads of up to three levels. Plain text (links made clickable, never markup),
 * editable by its author for 15 minutes, deletable (shown as "comment deleted", replies kept). The proposal's
 * comment count belongs to this feature (a counter column of the proposal row, {@link org.civitas.comments.ProposalComments}),
 * changed in the same transaction. Threads page in the database: a page of top-level comments, then all their replies
 * in one query, then the authors' public names in one more. Moderation decisions and blocked authors arrive as events
 * ({@link org.civitas.comments.CommentReactions}).
 */
package org.civitas.comments;
