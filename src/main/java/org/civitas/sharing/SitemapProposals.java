package org.civitas.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.PublicProposal;

import java.util.List;

/**
 * The sitemap's proposals, read through the proposals' own reader: each page is its own short transaction, so a
 * sitemap written while thousands of pages are read holds no transaction or connection between them.
 */
@ApplicationScoped
public class SitemapProposals implements Sitemap.Proposals {

    @Inject
    private ProposalReader reader;

    @Override
    public long count() {
        return reader.publicCount();
    }

    @Override
    public long idBefore(long position) {
        return reader.publicIdBefore(position);
    }

    @Override
    public List<PublicProposal> after(long id, int max) {
        return reader.publicAfter(id, max);
    }
}
