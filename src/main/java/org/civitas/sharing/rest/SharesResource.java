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
import org.civitas.platform.web.LocaleFilter;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /s/{proposalId}/{target}} (also at {@code /api/s/}): counts a share and sends the person to the network with
 * the proposal's link, tagged {@code utm_source={target}&utm_medium=social&utm_campaign=proposal-{id}}. "link" goes
 * back to the proposal with the link to copy shown; Mastodon needs {@code ?instance=}, and goes through a page that
 * names the instance typed ({@code share/leave.xhtml}) rather than straight there. {@code ?answer={answerId}}
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
    private PublicAddress address;

    @Context
    private HttpServletRequest servletRequest;

    @GET
    @Operation(summary = "Share a proposal (or one of its answers) to a network: counts it and redirects there")
    @APIResponse(responseCode = "303", description = "To the network's share page, or back to the proposal")
    @APIResponse(responseCode = "404", description = "No such shareable proposal, shown network or answer")
    public Response share(@PathParam("id") long id, @PathParam("target") String targetId,
                          @QueryParam("answer") String answer, @QueryParam("instance") String instance) {
        ShareService.Shared shared = shares.shared(id, targetId, answer).orElseThrow(NotFoundException::new);
        Proposal p = shared.proposal();
        ShareTarget target = shared.target();
        Long answerId = shared.answerId();
        String page = servletRequest.getContextPath() + ProposalAddress.of(p);
        String back = page + "?share=" + target.id()
                + (answerId == null ? "#share" : "&answer=" + answerId + "#share-answer-" + answerId);
        Optional<String> destination = ShareService.destination(shared, instance, address.base(servletRequest),
                LocaleFilter.chosenLocale(servletRequest));
        if (destination.isEmpty() && target.asksForOption()) {
            return see(back);
        }
        shares.count(p.getId(), target.id(), ShareService.Kind.SHARE);
        if (target.asksForOption()) {
            // A host the person typed: the portal's address must not send anyone there unseen (an open redirect).
            // The page names it and the person follows the link themselves.
            return see(servletRequest.getContextPath() + "/share/leave.xhtml?proposal=" + p.getId() + "&to=" + target.id()
                    + "&instance=" + URLEncoder.encode(instance.strip(), StandardCharsets.UTF_8)
                    + (answerId == null ? "" : "&answer=" + answerId));
        }
        return see(destination.orElse(back));
    }

    @POST
    @Operation(summary = "Count a share made in the page (the device's share sheet, a copied link)")
    @APIResponse(responseCode = "204", description = "Counted")
    @APIResponse(responseCode = "404", description = "No such shareable proposal, shown network or answer")
    public Response count(@PathParam("id") long id, @PathParam("target") String targetId,
                          @QueryParam("answer") String answer) {
        ShareService.Shared shared = shares.shared(id, targetId, answer).orElseThrow(NotFoundException::new);
        shares.count(shared.proposal().getId(), shared.target().id(), ShareService.Kind.SHARE);
        return Response.noContent().cacheControl(NO_STORE).build();
    }

    /** A 303 to the location as it is: Jakarta REST would resolve a relative one against {@code /api/}. */
    private static Response see(String location) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", location).cacheControl(NO_STORE)
                .header("Referrer-Policy", "no-referrer").build();
    }
}
