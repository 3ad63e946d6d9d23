/**
 * Notifications: telling people what happened to what they took part in or follow, in the portal (the bell, the
 * list) and by mail through the outbox. It reacts to other features' announcements
 * ({@link org.civitas.proposals.ProposalAnswered}, {@link org.civitas.comments.CommentPosted},
 * {@link org.civitas.proposals.ProposalPublished}, {@link org.civitas.accounts.AccountDeleted}) in their transaction by
 * writing a fan-out ({@link org.civitas.notifications.NoticeFanOut}), told after the commit with set-based statements
 * whose number does not grow with the people told; who takes part in a proposal is each feature's own subquery
 * ({@link org.civitas.proposals.ProposalParticipants}), who follows what is following's
 * ({@link org.civitas.following.Followers}).
 */
package org.civitas.notifications;
