package org.civitas.proposals;

/**
 * Who takes part in a proposal, as each feature whose rows name people knows it: its author (this feature), its
 * voters (votes), its commenters (comments). Each implementation is a SQL subquery selecting account ids, with one
 * parameter, the proposal's id; whoever tells the participants something (notifications) combines them, so that
 * telling 10,000 voters costs one statement, and a feature added later (following, say) joins by adding one.
 */
public interface ProposalParticipants {

    /** A subquery selecting the account ids of this kind of participant; its one {@code ?} is the proposal's id. */
    String accountIdsSql();
}
