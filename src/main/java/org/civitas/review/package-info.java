/**
 * Officials' review: the queue of proposals under review (longest waiting first) and public answers. An answer
 * records a decision (accepted, rejected, in progress, implemented) through {@code ProposalService.recordDecision},
 * which closes voting and adds to the history; each answer writes a line of the audit log in the same transaction.
 */
package org.civitas.review;
