package org.civitas.galleries.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.civitas.accounts.Role;
import org.civitas.contests.Licence;
import org.civitas.galleries.GalleryDraft;
import org.civitas.galleries.GalleryPicture;
import org.civitas.galleries.GalleryReader;
import org.civitas.galleries.GalleryService;
import org.civitas.galleries.GallerySummary;
import org.civitas.galleries.GalleryUploads;
import org.civitas.galleries.TownPhoto;
import org.civitas.galleries.TownPhotoText;
import org.civitas.platform.BusinessException;
import org.civitas.platform.rest.MultipartForm;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.PhotoProcessor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.civitas.platform.rest.QueryParams.number;

/**
 * Galleries for other clients: the published galleries and their photos (officials also read drafts), and what the
 * officials' page does. A contest photo no longer approved is in no answer.
 */
@Path("galleries")
@Produces(MediaType.APPLICATION_JSON)
public class GalleriesResource {

    @Inject
    private GalleryReader reader;

    @Inject
    private GalleryService galleries;

    @Inject
    private GalleryUploads uploads;

    @Context
    private SecurityContext security;

    /** A photo as the API shows it; paths are the portal's. */
    public record Picture(long item, String title, String credit, Licence licence, String licenceUrl, int width,
                          int height, Instant addedAt, String image, String thumbnail, String page) {
        static Picture of(GalleryPicture p) {
            return new Picture(p.itemId(), p.title(), p.credit(), p.licence(), p.licence().deed(), p.width(),
                    p.height(), p.addedAt(), p.image(), p.thumbnail(), p.page());
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** What to put in a gallery: one approved contest photo, or a contest's winners (or all its approved photos). */
    public record Addition(Long contestPhotoId, Long contestId, Boolean all) {
    }

    public record Added(int added) {
    }

    @GET
    @Operation(summary = "The published galleries, newest first", description = "Example: /api/galleries?page=0&size=20")
    @APIResponse(responseCode = "200", description = "A page of galleries")
    public Page<GallerySummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int number = number(page, "page", 0, 0, 100_000);
        int pageSize = number(size, "size", 20, 1, 100);
        boolean drafts = official();
        return new Page<>(reader.galleries(number * pageSize, pageSize, drafts), number, pageSize, reader.count(drafts));
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @Operation(summary = "One gallery")
    @APIResponse(responseCode = "200", description = "The gallery")
    @APIResponse(responseCode = "404", description = "No such published gallery")
    public GallerySummary one(@PathParam("id") long id) {
        return reader.gallery(id, official()).orElseThrow(this::notFound);
    }

    @GET
    @Path("{id:[0-9]{1,18}}/photos")
    @Operation(summary = "A gallery's photos, in its order", description = "Example: /api/galleries/2/photos?page=0&size=48")
    @APIResponse(responseCode = "200", description = "A page of photos")
    @APIResponse(responseCode = "404", description = "No such published gallery")
    public Page<Picture> photos(@PathParam("id") long id, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        GallerySummary gallery = one(id);
        int number = number(page, "page", 0, 0, 100_000);
        int pageSize = number(size, "size", GalleryReader.PAGE_SIZE, 1, 100);
        return new Page<>(reader.pictures(id, number * pageSize, pageSize).stream().map(Picture::of).toList(),
                number, pageSize, gallery.photoCount());
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a gallery (official)",
            description = "Example body: {\"title\":\"Le meilleur des concours\",\"description\":\"...\",\"published\":false}")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response create(@NotNull GalleryDraft draft) {
        long id = galleries.create(draft).getId();
        return Response.created(URI.create("/api/galleries/" + id)).entity(one(id)).build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a gallery, publish it or take it back (official)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such gallery")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public GallerySummary change(@PathParam("id") long id, @NotNull GalleryDraft draft) {
        galleries.change(id, draft);
        return one(id);
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put approved contest photos in a gallery (official)",
            description = "{\"contestPhotoId\":12} for one photo; {\"contestId\":3} for a contest's winners; "
                    + "{\"contestId\":3,\"all\":true} for all its approved photos. Photos already there stay once.")
    @APIResponse(responseCode = "200", description = "How many were added")
    @APIResponse(responseCode = "404", description = "No such gallery, or no such approved photo")
    @APIResponse(responseCode = "409", description = "The contest has no winners (or photos) yet, or the gallery is full")
    public Added add(@PathParam("id") long id, @NotNull Addition addition) {
        if (addition.contestPhotoId() != null) {
            return new Added(galleries.addContestPhoto(id, addition.contestPhotoId()) ? 1 : 0);
        }
        if (addition.contestId() == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "gallery.whatToAdd");
        }
        return new Added(galleries.addFromContest(id, addition.contestId(), Boolean.TRUE.equals(addition.all())));
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add one of the town's photos to a gallery (official)",
            description = "multipart/form-data with the parts photo (JPEG, PNG or WebP, at most 5 MB), title, credit and "
                    + "licence (CC_BY, CC_BY_SA, CC_BY_NC, CC0 or TOWN_USE)")
    @APIResponse(responseCode = "201", description = "Added at the end")
    @APIResponse(responseCode = "422", description = "Invalid fields, or not a photo")
    public Response upload(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        MultipartForm form = MultipartForm.of(parts);
        byte[] photo = form.photo(PhotoProcessor.MAX_BYTES);
        TownPhoto stored = uploads.add(id, new TownPhotoText(form.text("title"), form.text("credit"),
                Licence.parse(form.text("licence"))), photo);
        return Response.created(URI.create("/photos/galleries/" + stored.getId() + ".jpg")).build();
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}/items/{item:[0-9]{1,18}}/move")
    @Operation(summary = "Move a photo one place up (?by=-1) or down (?by=1) in its gallery (official)")
    @APIResponse(responseCode = "204", description = "Moved (or already first or last)")
    @APIResponse(responseCode = "404", description = "No such item in this gallery")
    public Response move(@PathParam("id") long id, @PathParam("item") long item, @QueryParam("by") String by) {
        galleries.move(id, item, number(by, "by", 1, -1, 1));
        return Response.noContent().build();
    }

    @DELETE
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}/items/{item:[0-9]{1,18}}")
    @Operation(summary = "Take a photo out of a gallery (official)")
    @APIResponse(responseCode = "204", description = "Taken out")
    @APIResponse(responseCode = "404", description = "No such item in this gallery")
    public Response remove(@PathParam("id") long id, @PathParam("item") long item) {
        galleries.remove(id, item);
        return Response.noContent().build();
    }

    private boolean official() {
        return security.isUserInRole(Role.Names.OFFICIAL);
    }

    private BusinessException notFound() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "gallery.notFound");
    }
}
