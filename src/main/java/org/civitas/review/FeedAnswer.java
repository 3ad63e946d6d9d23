package org.civitas.review;

import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalStatus;

import java.time.Instant;

/** One official answer as a feed shows it, with the row of its proposal (title, address, theme). */
public record FeedAnswer(long id, ProposalRow proposal, ProposalStatus decision, String body, Instant createdAt) {
}
