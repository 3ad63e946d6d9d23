package org.civitas.contests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.sharing.Sitemap;
import org.civitas.sharing.SitemapSource;

import java.util.ArrayList;
import java.util.List;

/** The contests' pages in the sitemap: every contest, and its approved photos (the newest 5,000). */
@ApplicationScoped
public class ContestSitemap implements SitemapSource {

    @Inject
    private ContestReader reader;

    @Override
    public List<Sitemap.Entry> entries() {
        List<Sitemap.Entry> entries = new ArrayList<>();
        reader.sitemapContests().forEach(c -> entries.add(new Sitemap.Entry("/contest/" + c.id(),
                c.changedAt())));
        reader.sitemapPhotos(5_000).forEach(p -> entries.add(new Sitemap.Entry("/contest/photo/" + p.id(),
                p.changedAt())));
        return entries;
    }
}
