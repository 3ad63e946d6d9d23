package org.civitas.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.sharing.Sitemap;
import org.civitas.sharing.SitemapSource;

import java.util.List;

/** The funding campaigns' pages in the sitemap, at their clean address, with when their figures last changed. */
@ApplicationScoped
public class FundingSitemap implements SitemapSource {

    @Inject
    private FundingReader reader;

    @Override
    public List<Sitemap.Entry> entries() {
        return reader.sitemap().stream().map(c -> new Sitemap.Entry("/campaign/" + c.id(), c.changedAt())).toList();
    }
}
