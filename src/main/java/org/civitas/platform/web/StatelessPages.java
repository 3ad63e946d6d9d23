package org.civitas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Pages an anonymous visitor only reads (the home page, the list of proposals) are rendered without view state for
 * that visitor: a view's state, and PrimeFaces' script nonce kept with it, live in the HTTP session, so every such
 * page view (a crawler's included) created a session that lived 30 minutes, and a row of the shared session store
 * on a cluster. A signed-in citizen's pages keep their state (their forms post back to it). A page opts in with
 * {@code <f:viewAction action="#{statelessPages.forVisitors}"/>}, or its view action calls {@link #forVisitorsNow}:
 * it must run before the page is rendered (PrimeFaces stores the nonce as rendering begins). Such a page says the
 * same to every visitor, so {@link PageCacheFilter} may keep it for the next one: it must show nothing that depends
 * on the request but its address, its language and its host.
 */
@Named
@ApplicationScoped
public class StatelessPages {

    /** The view action form of {@link #forVisitorsNow}. */
    public void forVisitors() {
        forVisitorsNow();
    }

    /** Renders the current page without state if the caller is anonymous and this is not a postback. */
    public static void forVisitorsNow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && !faces.isPostback()
                && faces.getExternalContext().getUserPrincipal() == null) {
            faces.getViewRoot().setTransient(true);
            // What such a page shows is the same for every visitor: it may be kept for the next (PageCacheFilter).
            faces.getExternalContext().getRequestMap().put(PageCacheFilter.KEEP, Boolean.TRUE);
        }
    }
}
