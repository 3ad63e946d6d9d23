package org.civitas.proposals;

/**
 * Announced by review, in the answer's transaction, when an official answers a proposal with a decision. This feature
 * moves the proposal (a first answer closes its voting) and records the step of its history; notifications tells the
 * people concerned. A decision the proposal's status does not allow fails the whole answer.
 */
public record ProposalAnswered(long proposalId, long answerId, ProposalStatus decision, long officialId) {
}
