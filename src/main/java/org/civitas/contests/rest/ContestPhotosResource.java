package org.civitas.contests.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.civitas.accounts.Role;
import org.civitas.contests.ContestReader;
import org.civitas.platform.rest.Conditional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Contest photos' pixels: {@code /photos/contests/{id}.jpg} (large, what feeds and Pinterest take) and
 * {@code -thumb.jpg}, also under {@code /api/}. Anyone once approved; before, its author and the moderators (never
 * stored by a cache). A photo's pixels never change, but it may be taken down: an approved one is kept five minutes.
 */
@Path("photos/contests")
public class ContestPhotosResource {

    @Inject
    private ContestReader reader;

    @GET
    @Path("{id:[0-9]{1,18}}{thumb:(-thumb)?}.jpg")
    @Produces("image/jpeg")
    @Operation(summary = "A contest photo (large, or -thumb): approved, or the caller's own, or for a moderator")
    @APIResponse(responseCode = "200", description = "The JPEG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo, or not for the caller")
    public Response photo(@PathParam("id") long id, @PathParam("thumb") String thumb, @Context Request request,
                          @Context SecurityContext security) {
        boolean thumbnail = !thumb.isEmpty();
        Long viewer = security.getUserPrincipal() == null ? null : Long.valueOf(security.getUserPrincipal().getName());
        boolean moderator = security.isUserInRole(Role.Names.MODERATOR);
        ContestReader.Image image = reader.image(id, thumbnail, viewer, moderator)
                .filter(i -> i.bytes().length > 0).orElseThrow(NotFoundException::new);
        return Conditional.answer(request, new EntityTag("contest-" + id + (thumbnail ? "t" : "")),
                CacheControl.valueOf(image.approved() ? "public, max-age=300" : "private, no-store"),
                () -> Response.ok(image.bytes())).build();
    }
}
