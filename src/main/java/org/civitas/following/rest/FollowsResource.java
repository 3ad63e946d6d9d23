package org.civitas.following.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.following.FollowKind;
import org.civitas.following.FollowRow;
import org.civitas.following.FollowService;
import org.civitas.following.FollowTargetNotFoundException;
import org.civitas.platform.Texts;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.civitas.platform.rest.QueryParams.number;

/**
 * What the caller follows: the list, following and unfollowing one thing. Following twice or unfollowing what one
 * does not follow answers 204 all the same (a retried request changes nothing).
 */
@ApplicationScoped
@Path("me/follows")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class FollowsResource {

    private static final int PAGE_SIZE = 50;

    @Inject
    private FollowService follows;

    /** One thing followed: what it is and its name ({@code null} once no longer visible). */
    public record FollowJson(FollowKind kind, long id, String name, String code, Instant since) {
    }

    public record FollowsJson(long total, int page, int pageSize, List<FollowJson> items) {
    }

    public record FollowingJson(boolean following, long followers) {
    }

    @GET
    @Operation(summary = "What the caller follows, the latest first",
            description = "Example: /api/me/follows?page=0. Names in the caller's Accept-Language (fr or en); a theme "
                    + "or district comes with the code its list is filtered by.")
    @APIResponse(responseCode = "200", description = "A page of 50")
    @APIResponse(responseCode = "400", description = "Not a page number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public FollowsJson list(@Parameter(description = "page number from 0") @QueryParam("page") String page,
                            @Context HttpHeaders headers) {
        int pageNumber = number(page, "page", 0, 0, 100_000);
        Locale locale = Texts.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0));
        List<FollowJson> items = follows.mine(pageNumber * PAGE_SIZE, PAGE_SIZE, locale).stream()
                .map((FollowRow r) -> new FollowJson(r.kind(), r.targetId(), r.name(), r.code(), r.since())).toList();
        return new FollowsJson(follows.countMine(), pageNumber, PAGE_SIZE, items);
    }

    @GET
    @Path("{kind}/{target}")
    @Operation(summary = "Whether the caller follows a thing, and how many do",
            description = "proposal/{id}, theme/{code}, district/{code}, person/{account id} or budget/{id}. "
                    + "Example: /api/me/follows/theme/culture")
    @APIResponse(responseCode = "200", description = "Following or not, and the number of followers")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Nothing of that kind by that id or code")
    public FollowingJson get(@PathParam("kind") String kind, @PathParam("target") String target) {
        FollowKind k = kind(kind);
        long id = follows.targetId(k, target);
        return new FollowingJson(follows.follows(k, id), follows.followers(k, id));
    }

    @PUT
    @Path("{kind}/{target}")
    @Operation(summary = "Follow a thing",
            description = "proposal/{id}, theme/{code}, district/{code}, person/{account id} or budget/{id}. No body. The "
                    + "caller is then told of new comments and answers (a proposal), of new proposals (a theme, a "
                    + "district, a person), or of new ideas and the steps of funded projects (a budget).")
    @APIResponse(responseCode = "204", description = "Followed (already, or from now on)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Cross-site request refused, or a read-only token")
    @APIResponse(responseCode = "404", description = "Nothing of that kind one may follow (hidden, retired, oneself)")
    @APIResponse(responseCode = "409", description = "Following the most things one may")
    @APIResponse(responseCode = "429", description = "Too many changes in a minute")
    public Response follow(@PathParam("kind") String kind, @PathParam("target") String target) {
        FollowKind k = kind(kind);
        follows.follow(k, follows.targetId(k, target));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{kind}/{target}")
    @Operation(summary = "Unfollow a thing", description = "Whatever became of it. No body.")
    @APIResponse(responseCode = "204", description = "Not followed (any more)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Cross-site request refused, or a read-only token")
    @APIResponse(responseCode = "404", description = "Nothing of that kind by that id or code")
    @APIResponse(responseCode = "429", description = "Too many changes in a minute")
    public Response unfollow(@PathParam("kind") String kind, @PathParam("target") String target) {
        FollowKind k = kind(kind);
        follows.unfollow(k, follows.targetId(k, target));
        return Response.noContent().build();
    }

    private static FollowKind kind(String text) {
        return FollowKind.parse(text).orElseThrow(FollowTargetNotFoundException::new);
    }
}
