package org.civitas.budgets.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.budgets.BallotService;
import org.civitas.budgets.ProjectRow;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.civitas.platform.rest.QueryParams.blankToNull;
import static org.civitas.platform.rest.QueryParams.number;

/**
 * A budget's vote through the API: an envelope's projects with the caller's basket and ballot, the declaration made
 * once, the basket changed a project at a time, and the ballot confirmed (or a whole ballot sent and confirmed in one
 * request). Out of the vote phase each write is a 409 naming the phase.
 */
@ApplicationScoped
@Path("budgets/{budget:[0-9]{1,18}}/ballot")
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    private static final int MAX_SIZE = 100;

    @Inject
    private BallotService ballots;

    /** A project on the ballot. */
    public record ProjectJson(long id, long ideaId, String title, long cost, String summary, String theme, String path,
                              boolean chosen) {
    }

    /** An envelope's ballot as the caller sees it: {@code declared} false for a visitor or a resident yet to declare. */
    public record BallotJson(long envelopeId, long amount, long spent, long left, boolean declared, List<ProjectJson> projects,
                             long projectCount, List<Long> basket, Set<Long> ballot, Instant confirmedAt,
                             boolean confirmed) {
    }

    public record DeclarationJson(@Size(max = 40) String district, Boolean ofAge) {
    }

    /** A ballot as confirmed: its projects, in the order chosen. */
    public record ConfirmedJson(long envelopeId, List<Long> projects, Instant confirmedAt) {
    }

    public record BallotRequest(@Size(max = 500) List<@NotNull Long> projects) {
    }

    @GET
    @Path("{envelope:[0-9]{1,18}}")
    @Operation(summary = "An envelope's projects on the ballot, with the caller's basket and confirmed ballot",
            description = "Example: /api/budgets/3/ballot/12?theme=culture&maxCost=50000&page=0&size=50. Cheapest first.")
    @APIResponse(responseCode = "200", description = "The envelope's ballot")
    @APIResponse(responseCode = "404", description = "No such public budget or envelope")
    public BallotJson get(@PathParam("budget") long budgetId, @PathParam("envelope") long envelopeId,
                          @Parameter(description = "theme code") @QueryParam("theme") String theme,
                          @Parameter(description = "highest cost in euros") @QueryParam("maxCost") String maxCost,
                          @Parameter(description = "page number from 0") @QueryParam("page") String page,
                          @Parameter(description = "page size, 1 to 100 (default 50)") @QueryParam("size") String size) {
        int pageSize = number(size, "size", 50, 1, MAX_SIZE);
        int pageNumber = number(page, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        Integer max = maxCost == null || maxCost.isBlank() ? null : number(maxCost, "maxCost", 0, 0, Integer.MAX_VALUE);
        BallotService.BasketPage p = ballots.page(budgetId, envelopeId, blankToNull(theme), max == null ? null : max.longValue(),
                pageNumber * pageSize, pageSize).orElseThrow(NotFoundException::new);
        List<ProjectJson> projects = p.projects().stream().map((ProjectRow r) -> new ProjectJson(r.id(), r.ideaId(),
                r.title(), r.cost(), r.summary(), r.themeCode(), "/proposals/" + r.ideaId() + "/" + r.ideaSlug(),
                p.isChosen(r.id()))).toList();
        return new BallotJson(envelopeId, p.envelope().amount(), p.spent(), p.left(), p.voter() != null, projects,
                p.projectCount(), List.copyOf(p.basket().keySet()), p.ballot(), p.confirmedAt(), p.isConfirmed());
    }

    @POST
    @SignedIn
    @Path("voter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare, once, what the budget's vote needs (signed-in resident, vote phase)",
            description = "Example body: {\"district\":\"gare\",\"ofAge\":true}. The district chooses the district envelope "
                    + "one votes in besides the whole town's; ofAge certifies the budget's minimum age when it has one.")
    @APIResponse(responseCode = "204", description = "Declared")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "The budget needs a verified identity")
    @APIResponse(responseCode = "409", description = "Already declared, or not the vote phase")
    @APIResponse(responseCode = "422", description = "Unknown district, or the minimum age not certified")
    public Response declare(@PathParam("budget") long budgetId, @NotNull @Valid DeclarationJson body) {
        ballots.declare(budgetId, new BallotService.Declaration(body.district(), Boolean.TRUE.equals(body.ofAge())));
        return Response.noContent().build();
    }

    @PUT
    @SignedIn
    @Path("{envelope:[0-9]{1,18}}/basket/{project:[0-9]{1,18}}")
    @Operation(summary = "Add a project to one's basket of an envelope",
            description = "Refused (409) when it does not fit what is left of the envelope's amount, or beyond the number "
                    + "of projects an approval ballot allows. The basket counts once confirmed.")
    @APIResponse(responseCode = "204", description = "In the basket")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an envelope the caller votes in")
    @APIResponse(responseCode = "404", description = "No such envelope or project on its ballot")
    @APIResponse(responseCode = "409", description = "Does not fit, not declared yet, or not the vote phase")
    public Response add(@PathParam("budget") long budgetId, @PathParam("envelope") long envelopeId,
                        @PathParam("project") long projectId) {
        ballots.add(budgetId, envelopeId, projectId);
        return Response.noContent().build();
    }

    @DELETE
    @SignedIn
    @Path("{envelope:[0-9]{1,18}}/basket/{project:[0-9]{1,18}}")
    @Operation(summary = "Take a project out of one's basket of an envelope")
    @APIResponse(responseCode = "204", description = "Out of the basket")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "409", description = "Not declared yet, or not the vote phase")
    public Response remove(@PathParam("budget") long budgetId, @PathParam("envelope") long envelopeId,
                           @PathParam("project") long projectId) {
        ballots.remove(budgetId, envelopeId, projectId);
        return Response.noContent().build();
    }

    @POST
    @SignedIn
    @Path("{envelope:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm one's ballot of an envelope",
            description = "Body {} confirms the basket as it is; {\"projects\":[41,57]} makes those projects the basket and "
                    + "confirms it. A new confirmation replaces the previous ballot; one ballot per resident and envelope.")
    @APIResponse(responseCode = "200", description = "The ballot as confirmed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an envelope the caller votes in")
    @APIResponse(responseCode = "409", description = "Over the envelope's amount or the number allowed, not declared, or not the vote phase")
    @APIResponse(responseCode = "422", description = "An empty ballot")
    public ConfirmedJson confirm(@PathParam("budget") long budgetId, @PathParam("envelope") long envelopeId,
                                 @NotNull @Valid BallotRequest body) {
        BallotService.Confirmed confirmed = ballots.confirm(budgetId, envelopeId, body.projects());
        return new ConfirmedJson(envelopeId, confirmed.projects(), confirmed.at());
    }
}
