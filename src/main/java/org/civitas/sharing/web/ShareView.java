package org.civitas.sharing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.web.PublicAddress;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;

import java.util.List;

/** The share control of a proposal's page ({@code WEB-INF/includes/share.xhtml}). */
@Named
@RequestScoped
public class ShareView {

    @Inject
    private ShareService shares;

    @Inject
    private PublicAddress address;

    @Inject
    private FacesContext faces;

    public List<ShareTarget> getTargets() {
        return shares.targets();
    }

    /** The link to copy, tagged as shared by link. */
    public String linkToCopy(long proposalId, String slug) {
        return ShareServlet.tagged(address.base((HttpServletRequest) faces.getExternalContext().getRequest())
                + "/proposals/" + proposalId + "/" + slug, "link", proposalId);
    }

    /** Which target the page was sent back for ({@code ?share=link} or {@code ?share=mastodon}), if any. */
    public String getOpened() {
        return faces.getExternalContext().getRequestParameterMap().get("share");
    }
}
