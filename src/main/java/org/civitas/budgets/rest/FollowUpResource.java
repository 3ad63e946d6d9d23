package org.civitas.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civitas.accounts.Role;
import org.civitas.budgets.DeliveryStatus;
import org.civitas.budgets.FollowUp;
import org.civitas.budgets.Milestone;
import org.civitas.budgets.MilestoneDraft;
import org.civitas.budgets.MilestonePhotos;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.PhotoProcessor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up of a counted budget's funded projects: everyone reads where each stands; officials post its
 * milestones (with a photo, added, replaced or removed on its own) during the follow-up phase.
 */
@Path("budgets/{budget:[0-9]{1,18}}/follow-up")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    private FollowUp followUp;

    @Inject
    private MilestonePhotos photos;

    @Context
    private UriInfo uri;

    /** A funded project: its latest status and progress (null before its first milestone) and its milestones. */
    public record ProjectJson(long projectId, long ideaId, String title, long cost, DeliveryStatus status,
                              Integer percentDone, List<MilestoneJson> milestones) {
    }

    /** A milestone; {@code photo} and {@code thumbnail} are the addresses of its photo, null without one. */
    public record MilestoneJson(long id, long projectId, LocalDate happenedOn, String body, int percentDone,
                                DeliveryStatus status, URI photo, URI thumbnail) {
    }

    /** The funded projects of a budget, in the order the count funded them; empty before the count. */
    public record FollowUpJson(long budgetId, boolean counted, List<ProjectJson> projects) {
    }

    @GET
    @Operation(summary = "Where each funded project of a budget stands, with its milestones",
            description = "status: PLANNED, STUDIES, WORKS or DELIVERED, the latest milestone's; counted false (and no "
                    + "projects) until the vote is counted.")
    @APIResponse(responseCode = "200", description = "The funded projects and their milestones")
    @APIResponse(responseCode = "404", description = "No such public budget")
    public FollowUpJson get(@PathParam("budget") long budgetId) {
        FollowUp.FollowUpPage page = followUp.page(budgetId).orElseThrow(NotFoundException::new);
        return new FollowUpJson(budgetId, page.budget().budget().isCounted(), page.projects().stream().map(p -> {
            Milestone latest = p.latest();
            return new ProjectJson(p.project().projectId(), p.project().ideaId(), p.project().title(), p.project().cost(),
                    latest == null ? null : latest.getStatus(), latest == null ? null : latest.getPercentDone(),
                    p.milestones().stream().map(this::json).toList());
        }).toList());
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{project:[0-9]{1,18}}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a milestone of a funded project (official, follow-up phase)",
            description = "Example body: {\"happenedOn\":\"2027-09-15\",\"body\":\"Works begin.\",\"percentDone\":20,"
                    + "\"status\":\"WORKS\"}. Its photo is sent on its own: PUT .../milestones/{milestone}/photo.")
    @APIResponse(responseCode = "201", description = "The milestone posted")
    @APIResponse(responseCode = "403", description = "Not an official")
    @APIResponse(responseCode = "404", description = "No such funded project")
    @APIResponse(responseCode = "409", description = "Not the budget's follow-up phase")
    @APIResponse(responseCode = "422", description = "Invalid fields (a date more than five years away, progress out of 0-100)")
    public Response post(@PathParam("budget") long budgetId, @PathParam("project") long projectId,
                         @NotNull @Valid MilestoneDraft draft) {
        if (followUp.funded(projectId).filter(p -> p.getBudgetId() == budgetId).isEmpty()) {
            throw new NotFoundException();
        }
        Milestone milestone = photos.post(projectId, draft, null);
        return Response.created(uri.getBaseUriBuilder().path("budgets/{b}/follow-up").build(budgetId))
                .entity(json(milestone)).build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("milestones/{milestone:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a posted milestone (official, follow-up phase)",
            description = "The whole step as it should read, as when posting it: {\"happenedOn\":\"2027-09-15\","
                    + "\"body\":\"Works begin.\",\"percentDone\":20,\"status\":\"WORKS\"}. Its photo stays (PUT or DELETE "
                    + ".../photo changes it).")
    @APIResponse(responseCode = "200", description = "The milestone as corrected")
    @APIResponse(responseCode = "403", description = "Not an official")
    @APIResponse(responseCode = "404", description = "No such milestone in this budget")
    @APIResponse(responseCode = "409", description = "Not the budget's follow-up phase")
    @APIResponse(responseCode = "422", description = "Invalid fields (a date more than five years away, progress out of 0-100)")
    public MilestoneJson correct(@PathParam("budget") long budgetId, @PathParam("milestone") long milestoneId,
                                 @NotNull @Valid MilestoneDraft draft) {
        return json(followUp.correct(budgetId, milestoneId, draft, null));
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("milestones/{milestone:[0-9]{1,18}}/photo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add or replace a milestone's photo (official, follow-up phase)",
            description = "The body is the image: JPEG, PNG or WebP (read from its content, whatever its Content-Type), "
                    + "5 MB at most; it is "
                    + "re-encoded without its metadata (such as where it was taken).")
    @APIResponse(responseCode = "200", description = "The milestone with its photo's addresses")
    @APIResponse(responseCode = "403", description = "Not an official")
    @APIResponse(responseCode = "404", description = "No such milestone in this budget")
    @APIResponse(responseCode = "409", description = "Not the budget's follow-up phase")
    @APIResponse(responseCode = "422", description = "Empty, too large, not an image, unreadable, too many pixels")
    @APIResponse(responseCode = "429", description = "Many photos are being decoded: try again later")
    public MilestoneJson photo(@PathParam("budget") long budgetId, @PathParam("milestone") long milestoneId,
                               InputStream body) throws IOException {
        // one byte more than allowed, so that the photo's checks see a larger file as too large
        return json(photos.changePhoto(budgetId, milestoneId, body.readNBytes(PhotoProcessor.MAX_BYTES + 1)));
    }

    @DELETE
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("milestones/{milestone:[0-9]{1,18}}/photo")
    @Operation(summary = "Remove a milestone's photo (official, follow-up phase)")
    @APIResponse(responseCode = "204", description = "Removed (or there was none)")
    @APIResponse(responseCode = "403", description = "Not an official")
    @APIResponse(responseCode = "404", description = "No such milestone in this budget")
    @APIResponse(responseCode = "409", description = "Not the budget's follow-up phase")
    public Response removePhoto(@PathParam("budget") long budgetId, @PathParam("milestone") long milestoneId) {
        followUp.changePhoto(budgetId, milestoneId, null);
        return Response.noContent().build();
    }

    private MilestoneJson json(Milestone m) {
        Long photo = m.getPhotoId();
        return new MilestoneJson(m.getId(), m.getProjectId(), m.getHappenedOn(), m.getBody(), m.getPercentDone(),
                m.getStatus(), photo == null ? null : uri.getBaseUriBuilder().path("photos/milestones/{id}.jpg").build(photo),
                photo == null ? null : uri.getBaseUriBuilder().path("photos/milestones/{id}-thumb.jpg").build(photo));
    }
}
