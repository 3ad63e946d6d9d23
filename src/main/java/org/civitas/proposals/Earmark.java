package org.civitas.proposals;

import java.time.Instant;

/**
 * What makes a proposal an idea for a participatory budget: the envelope it asks money from, its author's estimate of
 * its cost (whole euros) and when its supports close (the end of the budget's submission phase). The budgets feature
 * decides all three (it checks the phase and the envelope); this feature only keeps them on the proposal, so that an
 * idea is supported, commented on, moderated and shared as every proposal is, and stays out of the proposals' lists.
 */
public record Earmark(long envelopeId, long estimatedCost, Instant supportsCloseAt) {
}
