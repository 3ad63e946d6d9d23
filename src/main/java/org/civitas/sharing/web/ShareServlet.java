package org.civitas.sharing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.Texts;
import org.civitas.proposals.Proposal;
import org.civitas.review.ReviewService;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /s/{proposalId}/{target}}: counts a share and sends the person to the network with the proposal's link,
 * tagged {@code utm_source={target}&utm_medium=social&utm_campaign=proposal-{id}}. "link" goes back to the proposal
 * with the link to copy shown; Mastodon needs {@code ?instance=}. {@code ?answer={answerId}} shares one of the
 * proposal's official answers (the link leads to it on the proposal's page). {@code POST} only counts (204): the
 * script reports a share made in the page (the browser's share sheet, a copy to the clipboard).
 */
@WebServlet("/s/*")
public class ShareServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/([a-z]{1,20})");

    @Inject
    private ShareService shares;

    @Inject
    private PublicAddress address;

    @Inject
    private ReviewService reviews;

    /** What a share is about: a proposal, or one of its answers. */
    private record Shared(Proposal proposal, ShareTarget target, Long answerId) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Shared> found = find(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Proposal p = found.get().proposal();
        ShareTarget target = found.get().target();
        Long answerId = found.get().answerId();
        String page = "/proposals/" + p.getId() + "/" + p.getSlug();
        String link = ShareService.tagged(address.base(request) + page, target.id(), p.getId(), answerId, null);
        String title = answerId == null ? p.getTitle()
                : Texts.get(org.civitas.platform.web.LocaleFilter.chosenLocale(request), "share.answerOf", p.getTitle());
        Optional<String> destination = target.shareUrl(link, title, request.getParameter("instance"));
        String back = request.getContextPath() + page + "?share=" + target.id()
                + (answerId == null ? "#share" : "&answer=" + answerId + "#share-answer-" + answerId);
        if (destination.isEmpty() && target.asksForOption()) {
            see(response, back);
            return;
        }
        shares.count(p.getId(), target.id(), ShareService.Kind.SHARE);
        see(response, destination.orElse(back));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Shared> found = find(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        shares.count(found.get().proposal().getId(), found.get().target().id(), ShareService.Kind.SHARE);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Cache-Control", "no-store");
    }

    /** The shareable proposal, the shown target and the answer (of that proposal) a request names, if all exist. */
    private Optional<Shared> find(HttpServletRequest request) {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ShareTarget> target = shares.target(m.group(2));
        Optional<Proposal> proposal = target.isEmpty() ? Optional.empty() : shares.shareable(Long.parseLong(m.group(1)));
        if (proposal.isEmpty()) {
            return Optional.empty();
        }
        String answer = request.getParameter("answer");
        if (answer == null) {
            return Optional.of(new Shared(proposal.get(), target.get(), null));
        }
        if (!answer.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long answerId = Long.parseLong(answer);
        boolean known = reviews.answers(proposal.get().getId()).stream().anyMatch(a -> a.id() == answerId);
        return known ? Optional.of(new Shared(proposal.get(), target.get(), answerId)) : Optional.empty();
    }

    private static void see(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
