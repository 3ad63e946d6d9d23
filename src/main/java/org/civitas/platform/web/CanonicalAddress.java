package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.PublicPage;

/**
 * The {@code <link rel="canonical">} of a public page (the layout's head): the portal's public address followed by
 * the page's clean address, whichever address the page was reached by ({@code /opendata.xhtml}, {@code /opendata},
 * with a language switch or filters in the query). The list's filters and pages name the list itself: the sitemap,
 * not the list's pages, is how search engines find every proposal. A proposal's page names its own.
 */
@Named
@RequestScoped
public class CanonicalAddress {

    @Inject
    private FacesContext faces;

    @Inject
    private PublicAddress address;

    private String url;

    /** The canonical address of the page being rendered; null for a page that is not public (no tag). */
    public String getUrl() {
        if (url == null && faces.getViewRoot() != null) {
            url = PublicPage.ofView(faces.getViewRoot().getViewId())
                    .map(page -> address.base((HttpServletRequest) faces.getExternalContext().getRequest())
                            + page.address())
                    .orElse("");
        }
        return url == null || url.isEmpty() ? null : url;
    }
}
