package org.civitas.budgets.rest;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.civitas.budgets.FollowUp;
import org.civitas.platform.rest.Conditional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Milestones' photos: {@code /photos/milestones/{id}.jpg} (large) and {@code -thumb.jpg}, also under {@code /api}. A
 * replaced photo gets a new id, so the bytes at an address never change; browsers may keep them, shared caches may
 * not (a photo leaves when its idea is hidden).
 */
@ApplicationScoped
@Path("photos/milestones")
public class MilestonePhotosResource {

    @Inject
    private FollowUp followUp;

    @GET
    @Path("{id:[0-9]{1,18}}{thumb:(-thumb)?}.jpg")
    @Produces("image/jpeg")
    @Operation(summary = "A milestone's photo (large, or -thumb), once its budget's follow-up is public")
    @APIResponse(responseCode = "200", description = "The JPEG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo, or not public")
    public Response photo(@PathParam("id") long id, @PathParam("thumb") String thumb, @Context Request request) {
        boolean thumbnail = !thumb.isEmpty();
        byte[] bytes = followUp.photo(id, thumbnail).orElseThrow(NotFoundException::new);
        return Conditional.answer(request, new EntityTag("m" + id + (thumbnail ? "t" : "")),
                CacheControl.valueOf("private, max-age=31536000, immutable"), () -> Response.ok(bytes)).build();
    }
}
