package org.civitas.proposals.rest;

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
import org.civitas.platform.rest.Conditional;
import org.civitas.proposals.ProposalReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Proposal photos: {@code /photos/{id}.jpg} (large) and {@code /photos/{id}-thumb.jpg}, also at {@code /api/photos/}.
 * A photo's id changes whenever the author replaces it, so its bytes never change and browsers may keep them; shared
 * caches may not, since a draft's or a hidden proposal's photo is not for everyone.
 */
@ApplicationScoped
@Path("photos")
public class PhotosResource {

    @Inject
    private ProposalReader proposals;

    @GET
    @Path("{id:[0-9]{1,18}}{thumb:(-thumb)?}.jpg")
    @Produces("image/jpeg")
    @Operation(summary = "A proposal's photo (large, or -thumb), if the caller may see the proposal")
    @APIResponse(responseCode = "200", description = "The JPEG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo, or not the proposal's current one")
    public Response photo(@PathParam("id") long id, @PathParam("thumb") String thumb, @Context Request request) {
        boolean thumbnail = !thumb.isEmpty();
        byte[] bytes = proposals.photo(id, thumbnail).orElseThrow(NotFoundException::new);
        return Conditional.answer(request, new EntityTag(id + (thumbnail ? "t" : "")),
                CacheControl.valueOf("private, max-age=31536000, immutable"), () -> Response.ok(bytes)).build();
    }
}
