/**
 * Proposals, and the themes and districts they are filed under. The author writes, edits, publishes and withdraws
 * ({@link org.civitas.proposals.ProposalService}); everyone reads through {@link org.civitas.proposals.ProposalReader},
 * which decides once what a caller may see (a proposal page is one read, {@link org.civitas.proposals.ProposalPage});
 * what other features change in a proposal arrives as events this feature applies to its own rows
 * ({@link org.civitas.proposals.ProposalReactions}: the threshold reached, an answer, a moderation decision, an author
 * blocked). The proposal row also carries counters that votes and comments own and write.
 */
package org.civitas.proposals;
