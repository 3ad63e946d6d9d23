package org.civitas.sharing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.ProposalAddress;
import org.civitas.sharing.ShareService;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Backs share/leave.xhtml?proposal=&to=mastodon&instance=&answer=: a share to a host the person typed (their
 * Mastodon instance) stops on this page, which names the host, and the person follows the link themselves. The
 * portal's address never sends anyone to a host of someone else's choosing (an open redirect a phishing mail could
 * use). Anything that does not name a share with a valid host is a 404.
 */
@Named
@RequestScoped
public class LeaveView {

    @Inject
    private ShareService shares;

    @Inject
    private PublicAddress address;

    @Inject
    private LocaleSelection locale;

    @Inject
    private RequestIds ids;

    @Inject
    private FacesContext faces;

    private ShareService.Shared shared;
    private String destination;

    /** The view action: the share and where it goes, or a 404. */
    public void load() {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        Long id = ids.get("proposal");
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<ShareService.Shared> found = id == null ? Optional.empty()
                : shares.shared(id, parameters.get("to"), parameters.get("answer"))
                        .filter(s -> s.target().asksForOption());
        shared = found.orElse(null);
        destination = found.flatMap(s -> ShareService.destination(s, parameters.get("instance"), address.base(request),
                locale.getLocale())).orElse(null);
        if (external.getUserPrincipal() == null) {
            faces.getViewRoot().setTransient(true);
        }
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("Referrer-Policy", "no-referrer");
        if (destination == null) {
            shared = null;
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public ShareService.Shared getShared() {
        return shared;
    }

    /** The network's share page on the host typed. */
    public String getDestination() {
        return destination;
    }

    /** The host the person typed, as it will be reached. */
    public String getHost() {
        return destination == null ? null : URI.create(destination).getHost();
    }

    /** Back to the proposal (or the answer) that was being shared. */
    public String getBack() {
        ExternalContext external = faces.getExternalContext();
        return external.getRequestContextPath() + ProposalAddress.of(shared.proposal())
                + (shared.answerId() == null ? "" : "#answer-" + shared.answerId());
    }
}
