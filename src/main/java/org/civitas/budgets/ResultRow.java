package org.civitas.budgets;

import org.civitas.budgets.results.Reason;

/**
 * One project's result as the results page shows it, read with its project and idea in one query: its votes (paper
 * ones among them), whether it is funded (and in which order), and why not with the money left when it was passed over.
 */
public record ResultRow(long projectId, long ideaId, String ideaSlug, String title, long cost, int votes,
                        int paperVotes, boolean selected, Reason reason, Long moneyLeft, Integer rank) {
}
