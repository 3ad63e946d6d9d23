package org.civitas.sharing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.civitas.platform.Texts;
import org.civitas.platform.web.LocaleFilter;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.review.ReviewService;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Optional;

/**
 * {@code /s/{proposalId}/{target}} (also at {@code /api/s/}): counts a share and sends the person to the network with
 * the proposal's link, tagged {@code utm_source={target}&utm_medium=social&utm_campaign=proposal-{id}}. "link" goes
 * back to the proposal with the link to copy shown; Mastodon needs {@code ?instance=}. {@code ?answer={answerId}}
 * shares one of the proposal's official answers (the link leads to it on the proposal's page). {@code POST} only
 * counts (204): the script reports a share made in the page (the browser's share sheet, a copy to the clipboard).
 */
@RequestScoped
@Path("s/{id:[0-9]{1,18}}/{target:[a-z]{1,20}}")
public class SharesResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    private ShareService shares;

    @Inject
    private ReviewService reviews;

    @Inject
    private PublicAddress address;

    @Context
    private HttpServletRequest servletRequest;

    /** What a share is about: a proposal, or one of its answers. */
    private record Shared(Proposal proposal, ShareTarget target, Long answerId) {
    }

    @GET
    @Operation(summary = "Share a proposal (or one of its answers) to a network: counts it and redirects there")
    @APIResponse(responseCode = "303", description = "To the network's share page, or back to the proposal")
    @APIResponse(responseCode = "404", description = "No such shareable proposal, shown network or answer")
    public Response share(@PathParam("id") long id, @PathParam("target") String targetId,
                          @QueryParam("answer") String answer, @QueryParam("instance") String instance) {
        Shared shared = find(id, targetId, answer);
        Proposal p = shared.proposal();
        ShareTarget target = shared.target();
        Long answerId = shared.answerId();
        String page = ProposalAddress.of(p);
        String link = ShareService.tagged(address.base(servletRequest) + page, target.id(), p.getId(), answerId, null);
        String title = answerId == null ? p.getTitle()
                : Texts.get(LocaleFilter.chosenLocale(servletRequest), "share.answerOf", p.getTitle());
        Optional<String> destination = target.shareUrl(link, title, instance);
        String back = servletRequest.getContextPath() + page + "?share=" + target.id()
                + (answerId == null ? "#share" : "&answer=" + answerId + "#share-answer-" + answerId);
        if (destination.isEmpty() && target.asksForOption()) {
            return see(back);
        }
        shares.count(p.getId(), target.id(), ShareService.Kind.SHARE);
        return see(destination.orElse(back));
    }

    @POST
    @Operation(summary = "Count a share made in the page (the device's share sheet, a copied link)")
    @APIResponse(responseCode = "204", description = "Counted")
    @APIResponse(responseCode = "404", description = "No such shareable proposal, shown network or answer")
    public Response count(@PathParam("id") long id, @PathParam("target") String targetId,
                          @QueryParam("answer") String answer) {
        Shared shared = find(id, targetId, answer);
        shares.count(shared.proposal().getId(), shared.target().id(), ShareService.Kind.SHARE);
        return Response.noContent().cacheControl(NO_STORE).build();
    }

    /** The shareable proposal, the shown target and the answer (of that proposal) a request names, if all exist. */
    private Shared find(long id, String targetId, String answer) {
        ShareTarget target = shares.target(targetId).orElseThrow(NotFoundException::new);
        Proposal proposal = shares.shareable(id).orElseThrow(NotFoundException::new);
        if (answer == null) {
            return new Shared(proposal, target, null);
        }
        if (!answer.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        long answerId = Long.parseLong(answer);
        if (reviews.answers(proposal.getId()).stream().noneMatch(a -> a.id() == answerId)) {
            throw new NotFoundException();
        }
        return new Shared(proposal, target, answerId);
    }

    /** A 303 to the location as it is: Jakarta REST would resolve a relative one against {@code /api/}. */
    private static Response see(String location) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", location).cacheControl(NO_STORE)
                .header("Referrer-Policy", "no-referrer").build();
    }
}
