/**
 * Officials' review: the queue of proposals under review (longest waiting first) and public answers. An answer is
 * stored with its audit line and announced ({@link org.civitas.proposals.ProposalAnswered}) in one transaction:
 * proposals records the decision (closing voting, a step of the history), notifications tells the people concerned.
 */
package org.civitas.review;
