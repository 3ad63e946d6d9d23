/**
 * Reports and moderation. Any signed-in account reports a proposal or a comment (spam, offensive, off-topic, with
 * optional details), once per item; when enough distinct accounts have reported an item it is hidden until a
 * moderator looks at it. This feature decides and writes its reports and the audit line; it announces each decision
 * ({@link org.civitas.proposals.ProposalModerated}, {@link org.civitas.comments.CommentModerated}) and the owning
 * feature hides or shows the item in the same transaction. Blocking goes through accounts, whose announcement hides
 * the account's content.
 */
package org.civitas.moderation;
