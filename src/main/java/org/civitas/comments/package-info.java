/**
 * Comments on public proposals, in threads of up to three levels. Plain text (links made clickable, never markup),
 * editable by its author for 15 minutes, deletable (shown as "comment deleted", replies kept). The proposal's
 * comment count is a counter column changed in the same transaction. Threads page in the database: a page of
 * top-level comments, then all their replies in one query, then the authors' public names in one more.
 */
package org.civitas.comments;
