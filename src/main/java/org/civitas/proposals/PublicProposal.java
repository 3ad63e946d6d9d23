package org.civitas.proposals;

import java.time.Instant;

/**
 * A proposal everyone may see (not a draft, not hidden) as an address and the time its row last changed: what a
 * sitemap lists, read in pages without loading the proposals themselves.
 */
public record PublicProposal(long id, String slug, Instant changedAt) {

    public String address() {
        return ProposalAddress.of(id, slug);
    }
}
