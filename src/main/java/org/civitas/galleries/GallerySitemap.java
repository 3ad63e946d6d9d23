package org.civitas.galleries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.sharing.Sitemap;
import org.civitas.sharing.SitemapSource;

import java.util.List;

/** The published galleries' pages in the sitemap. */
@ApplicationScoped
public class GallerySitemap implements SitemapSource {

    @Inject
    private GalleryReader reader;

    @Override
    public List<Sitemap.Entry> entries() {
        return reader.galleries(0, 100, false).stream()
                .map(g -> new Sitemap.Entry("/gallery/" + g.id(), g.changedAt())).toList();
    }
}
