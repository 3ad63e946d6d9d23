/**
 * Notifications: telling people what happened to what they took part in, in the portal (the bell, the list) and by
 * mail through the outbox. It reacts to other features' announcements ({@link org.civitas.proposals.ProposalAnswered},
 * {@link org.civitas.accounts.AccountDeleted}) in their transaction, with set-based statements whose number does not
 * grow with the people told; who takes part in a proposal is each feature's own subquery
 * ({@link org.civitas.proposals.ProposalParticipants}).
 */
package org.civitas.notifications;
