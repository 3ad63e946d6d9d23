package org.civitas.galleries.rest;

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
import org.civitas.galleries.GalleryReader;
import org.civitas.platform.rest.Conditional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The town's own gallery photos: {@code /photos/galleries/{id}.jpg} (large) and {@code -thumb.jpg}, also under
 * {@code /api/}; anyone once the photo is in a published gallery, officials before. Their pixels never change; one
 * taken out of every gallery stops being served, so shared caches keep it five minutes only.
 */
@Path("photos/galleries")
public class GalleryPhotosResource {

    @Inject
    private GalleryReader reader;

    @GET
    @Path("{id:[0-9]{1,18}}{thumb:(-thumb)?}.jpg")
    @Produces("image/jpeg")
    @Operation(summary = "One of the town's gallery photos (large, or -thumb), once in a published gallery")
    @APIResponse(responseCode = "200", description = "The JPEG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo, or in no published gallery")
    public Response photo(@PathParam("id") long id, @PathParam("thumb") String thumb, @Context Request request,
                          @Context SecurityContext security) {
        boolean thumbnail = !thumb.isEmpty();
        boolean shown = reader.townPhotoShown(id);
        if (!shown && !security.isUserInRole(Role.Names.OFFICIAL)) {
            throw new NotFoundException();
        }
        byte[] bytes = reader.townImage(id, thumbnail).orElseThrow(NotFoundException::new);
        return Conditional.answer(request, new EntityTag("gallery-" + id + (thumbnail ? "t" : "")),
                CacheControl.valueOf(shown ? "public, max-age=300" : "private, no-store"),
                () -> Response.ok(bytes)).build();
    }
}
