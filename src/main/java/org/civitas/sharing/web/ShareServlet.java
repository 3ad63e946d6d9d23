package org.civitas.sharing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.Proposal;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /s/{proposalId}/{target}}: counts a share and sends the person to the network with the proposal's link,
 * tagged {@code utm_source={target}&utm_medium=social&utm_campaign=proposal-{id}}. "link" goes back to the proposal
 * with the link to copy shown; Mastodon needs {@code ?instance=}.
 */
@WebServlet("/s/*")
public class ShareServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/([a-z]{1,20})");

    @Inject
    private ShareService shares;

    @Inject
    private PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Proposal> proposal = m.matches() ? shares.shareable(Long.parseLong(m.group(1))) : Optional.empty();
        Optional<ShareTarget> target = m.matches() ? shares.target(m.group(2)) : Optional.empty();
        if (proposal.isEmpty() || target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Proposal p = proposal.get();
        String page = address.base(request) + "/proposals/" + p.getId() + "/" + p.getSlug();
        String link = tagged(page, target.get().id(), p.getId());
        Optional<String> destination = target.get().shareUrl(link, p.getTitle(), request.getParameter("instance"));
        if (destination.isEmpty()) {
            if (target.get().asksForOption()) {
                see(response, request.getContextPath() + "/proposals/" + p.getId() + "/" + p.getSlug()
                        + "?share=" + target.get().id() + "#share");
                return;
            }
            shares.count(p.getId(), target.get().id(), ShareService.Kind.SHARE);
            see(response, request.getContextPath() + "/proposals/" + p.getId() + "/" + p.getSlug() + "?share=link#share");
            return;
        }
        shares.count(p.getId(), target.get().id(), ShareService.Kind.SHARE);
        see(response, destination.get());
    }

    /** The proposal's address with the UTM parameters of a share to {@code target}. */
    public static String tagged(String page, String target, long proposalId) {
        return page + "?utm_source=" + target + "&utm_medium=social&utm_campaign=proposal-" + proposalId;
    }

    private static void see(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
