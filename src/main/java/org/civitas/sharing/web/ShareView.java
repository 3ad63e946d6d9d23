package org.civitas.sharing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.ProposalAddress;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;

import java.util.List;
import java.util.Map;

/** The share control of a proposal's page and of its official answers ({@code WEB-INF/includes/share.xhtml}). */
@Named
@RequestScoped
public class ShareView {

    @Inject
    private ShareService shares;

    @Inject
    private PublicAddress address;

    @Inject
    private FacesContext faces;

    private List<ShareTarget> targets;

    public List<ShareTarget> getTargets() {
        if (targets == null) {
            targets = shares.targets();
        }
        return targets;
    }

    /** Whether an administrator shows this target. */
    public boolean shown(String id) {
        return getTargets().stream().anyMatch(t -> t.id().equals(id));
    }

    /** The link to share or copy, tagged as shared through {@code target}; to an answer when {@code answerId} is set. */
    public String linkToCopy(long proposalId, String slug, String target, Long answerId) {
        return ShareService.tagged(address.base((HttpServletRequest) faces.getExternalContext().getRequest())
                + ProposalAddress.of(proposalId, slug), target, proposalId, answerId, null);
    }

    /**
     * Which target this control was sent back for ({@code ?share=link} or {@code ?share=mastodon}, with
     * {@code &answer=} for an answer's control), if any.
     */
    public String opened(Long answerId) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String answer = parameters.get("answer");
        boolean forThis = answerId == null ? answer == null : String.valueOf(answerId).equals(answer);
        return forThis ? parameters.get("share") : null;
    }
}
