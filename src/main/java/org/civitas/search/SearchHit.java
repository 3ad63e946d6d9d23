package org.civitas.search;

import org.civitas.proposals.ProposalAddress;

import java.time.Instant;

/**
 * One result: what it is, its id (the proposal's, comment's, answer's or project's), the proposal it belongs to (a
 * project: the idea it grew from) and the budget of a project, the title to show (plain, and as HTML), an excerpt
 * (HTML: escaped text with the found words in {@code <mark>}, nothing else) and when it was written or published.
 */
public record SearchHit(SearchKind kind, long id, long proposalId, String slug, Long budgetId, String title,
                        String titleHtml, String excerptHtml, Instant at) {

    /** Its place on the portal, from the root: the proposal's page (at the comment or the answer), or the budget's. */
    public String path() {
        return switch (kind) {
            case PROPOSAL -> ProposalAddress.of(proposalId, slug);
            case COMMENT -> ProposalAddress.of(proposalId, slug, "c-" + id);
            case ANSWER -> ProposalAddress.of(proposalId, slug, "answer-" + id);
            case PROJECT -> "/budgets/view.xhtml?id=" + budgetId;
        };
    }

    /** The excerpt as plain text. */
    public String excerpt() {
        return Folding.plain(excerptHtml);
    }
}
