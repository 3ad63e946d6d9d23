package org.civitas.comments.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.comments.Comment;
import org.civitas.comments.CommentService;
import org.civitas.comments.CommentText;
import org.civitas.comments.rest.CommentsResource.CommentJson;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A citizen's own comment: correcting it within 15 minutes, or deleting it. */
@ApplicationScoped
@Path("comments")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class OwnCommentResource {

    @Inject
    private CommentService comments;


    @PUT
    @Path("{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct one's comment, within 15 minutes", description = "Example body: {\"body\":\"Bonne idée !\"}")
    @APIResponse(responseCode = "200", description = "Edited")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "409", description = "Past 15 minutes, or deleted")
    public Response edit(@PathParam("id") long id, @NotNull @Valid CommentText text) {
        Comment edited = comments.edit(id, text);
        return Response.ok(CommentJson.ofOwn(edited)).build();
    }

    @DELETE
    @Path("{id:[0-9]{1,18}}")
    @Operation(summary = "Delete one's comment: it shows as deleted, its replies stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not the author")
    public Response delete(@PathParam("id") long id) {
        comments.delete(id);
        return Response.noContent().build();
    }

}
