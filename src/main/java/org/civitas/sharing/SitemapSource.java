package org.civitas.sharing;

import java.util.List;

/**
 * Public pages another feature adds to the sitemap (a contest, a photo, a gallery), each with its address from the
 * portal's root and its last change. Adding a kind of page is one {@code @ApplicationScoped} bean implementing this:
 * the sitemap lists its entries after the portal's own pages, before the proposals. A source lists only what
 * everyone may see, and a bounded number of pages.
 */
public interface SitemapSource {

    List<Sitemap.Entry> entries();
}
