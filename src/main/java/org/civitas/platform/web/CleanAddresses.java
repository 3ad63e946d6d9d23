package org.civitas.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.civitas.platform.PublicPage;

import java.util.List;
import java.util.Map;

/**
 * Faces' links ({@code h:link outcome="/signin"}) and redirects ({@code "/index.xhtml?faces-redirect=true"}) to a
 * public page name its clean address ({@link PublicPage}: {@code /signin}, {@code /}), so that pages and actions keep
 * naming views and no page or bean spells an address. Forms keep posting to the view's own address
 * ({@link #getActionURL} is Faces'): see {@link PublicRoutes}. Registered in faces-config.xml.
 */
public class CleanAddresses extends ViewHandlerWrapper {

    public CleanAddresses(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return clean(context.getExternalContext().getRequestContextPath(),
                super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return clean(context.getExternalContext().getRequestContextPath(),
                super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    /**
     * The address Faces made for a view ({@code /ctx/opendata.xhtml?x=1}), with a public page's view replaced by its
     * clean address ({@code /ctx/opendata?x=1}); any other address as it was.
     */
    static String clean(String contextPath, String url) {
        String context = contextPath == null ? "" : contextPath;
        if (url == null || !url.startsWith(context + "/")) {
            return url;
        }
        String path = url.substring(context.length());
        int end = path.length();
        for (char c : new char[]{'?', '#', ';'}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String rest = path.substring(end);
        return PublicPage.ofView(path.substring(0, end)).map(page -> context + page.address() + rest).orElse(url);
    }
}
