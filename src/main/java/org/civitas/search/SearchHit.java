package org.civitas.search;

import java.time.Instant;

/**
 * One result: what it is, its id (the proposal's, comment's, answer's or project's), the proposal it belongs to (a
 * project: the idea it grew from) and the budget of a project, the title to show (plain, and as HTML), an excerpt
 * (HTML: escaped text with the found words in {@code <mark>}, nothing else) and when it was written or published.
 */
public record SearchHit(SearchKind kind, long id, long proposalId, String slug, Long budgetId, String title,
                        String titleHtml, String excerptHtml, Instant at) {

    /** The excerpt as plain text. */
    public String excerpt() {
        return Folding.plain(excerptHtml);
    }
}
