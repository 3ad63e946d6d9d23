package org.civitas.sharing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.ProposalPage;
import org.civitas.sharing.LinkPreview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The link preview of the proposal a page shows (its {@code <head>}: Open Graph and Twitter tags, the canonical
 * address, the oEmbed discovery link), worked out once per request.
 */
@Named
@RequestScoped
public class LinkPreviews {

    @Inject
    private PublicAddress address;

    @Inject
    private FacesContext faces;

    private LinkPreview preview;

    /** The preview of the page's proposal; null when the page shows none. */
    public LinkPreview of(ProposalPage page) {
        if (page == null) {
            return null;
        }
        if (preview == null) {
            preview = LinkPreview.of(address.base((HttpServletRequest) faces.getExternalContext().getRequest()), page);
        }
        return preview;
    }

    /** The portal's public address, for the previews of pages that are not a proposal's (a budget's, its results). */
    public String getBase() {
        return address.base((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    /** The oEmbed discovery address of the page (for sites that embed a link to it). */
    public String oembed(ProposalPage page) {
        LinkPreview shown = of(page);
        return shown == null ? null : address.base((HttpServletRequest) faces.getExternalContext().getRequest())
                + "/oembed?format=json&url=" + URLEncoder.encode(shown.url(), StandardCharsets.UTF_8);
    }
}
