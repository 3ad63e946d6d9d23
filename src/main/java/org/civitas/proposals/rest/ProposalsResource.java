package org.civitas.proposals.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civitas.places.Place;
import org.civitas.places.PlaceLookup;
import org.civitas.platform.BusinessException;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalService;
import org.civitas.proposals.ProposalStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.function.Supplier;

import static org.civitas.platform.rest.QueryParams.blankToNull;
import static org.civitas.platform.rest.QueryParams.decimal;
import static org.civitas.platform.rest.QueryParams.number;
import static org.civitas.platform.rest.QueryParams.parse;

/**
 * Proposals for other clients (a town's mobile app): the public list with the same filters as the portal's, one
 * proposal with its history, and, for a signed-in citizen, writing, publishing and withdrawing their own.
 */
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @Inject
    private ProposalService proposals;

    @Inject
    private ProposalReader reader;

    @Inject
    private PlaceLookup lookup;

    @GET
    @Operation(summary = "Public proposals, paged",
            description = "Example: /api/proposals?theme=mobilite&district=gare&status=PUBLISHED&q=vélo&sort=MOST_SUPPORTED&page=0&size=20")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    public Response list(@Parameter(description = "theme code") @QueryParam("theme") String theme,
                         @Parameter(description = "district code, or 'town' for the whole town") @QueryParam("district") String district,
                         @Parameter(description = "status, e.g. PUBLISHED") @QueryParam("status") String status,
                         @Parameter(description = "words in the title or summary") @QueryParam("q") String text,
                         @Parameter(description = "NEWEST (default), MOST_SUPPORTED, MOST_COMMENTED, TRENDING (votes of the last 7 days)") @QueryParam("sort") String sort,
                         @Parameter(description = "page number from 0") @QueryParam("page") String page,
                         @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        ProposalQuery query = new ProposalQuery(blankToNull(theme), blankToNull(district),
                parse(ProposalStatus.class, status, "status"), text, parse(ProposalQuery.Sort.class, sort, "sort"));
        int pageNumber = number(page, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        return Response.ok(new ProposalJson.Page(
                reader.list(query, pageNumber * pageSize, pageSize).stream().map(ProposalJson.Row::of).toList(),
                pageNumber, pageSize, reader.count(query))).build();
    }

    @GET
    @Path("map")
    @Operation(summary = "The pins of the public list in an area, grouped",
            description = "The list's filters, plus the area (bbox=west,south,east,north in WGS 84 degrees) and the map's "
                    + "zoom (0 to 22). Pins are grouped by squares of about 60 screen pixels; a group of one names its "
                    + "proposal. Example: /api/proposals/map?bbox=5.95,47.2,6.1,47.28&zoom=13&theme=mobilite")
    @APIResponse(responseCode = "200", description = "The groups of pins")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    public ProposalJson.MapAnswer map(@Parameter(description = "west,south,east,north") @QueryParam("bbox") String bbox,
                                      @Parameter(description = "the map's zoom, 0 to 22") @QueryParam("zoom") String zoom,
                                      @QueryParam("theme") String theme, @QueryParam("district") String district,
                                      @QueryParam("status") String status, @QueryParam("q") String text) {
        String[] box = bbox == null ? new String[0] : bbox.split(",", -1);
        if (box.length != 4) {
            throw new BusinessException(BusinessException.Kind.BAD_REQUEST, "problem.badParameter", "bbox");
        }
        double west = decimal(box[0], "bbox", -180, 180);
        double south = decimal(box[1], "bbox", -90, 90);
        double east = decimal(box[2], "bbox", -180, 180);
        double north = decimal(box[3], "bbox", -90, 90);
        if (west > east || south > north) {
            throw new BusinessException(BusinessException.Kind.BAD_REQUEST, "problem.badParameter", "bbox");
        }
        ProposalQuery query = new ProposalQuery(blankToNull(theme), blankToNull(district),
                parse(ProposalStatus.class, status, "status"), text, null);
        return ProposalJson.MapAnswer.of(reader.map(query, south, west, north, east, number(zoom, "zoom", 13, 0, 22)));
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @Operation(summary = "One proposal, with its status history")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "404", description = "No such public proposal")
    public ProposalJson.Detail get(@PathParam("id") long id) {
        Proposal proposal = reader.find(id).orElseThrow(ProposalNotFoundException::new);
        return ProposalJson.Detail.of(proposal, reader.history(id));
    }

    @POST
    @SignedIn
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a draft (signed-in citizen)",
            description = "Example body: {\"title\":\"Des pistes cyclables rue de la Gare\",\"summary\":\"...\",\"body\":\"...\",\"themeCode\":\"mobilite\",\"districtCode\":\"gare\"}")
    @APIResponse(responseCode = "201", description = "The draft, private until published")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response create(@NotNull @Valid ProposalDraft draft, @Context UriInfo uri) {
        Proposal proposal = proposals.createDraft(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(proposal.getId())).build())
                .entity(ProposalJson.Detail.of(proposal, reader.history(proposal.getId()))).build();
    }

    @PUT
    @SignedIn
    @Path("{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit one's own proposal, until the first vote or comment")
    @APIResponse(responseCode = "200", description = "The edited proposal")
    @APIResponse(responseCode = "409", description = "No longer editable")
    public Response update(@PathParam("id") long id, @NotNull @Valid ProposalDraft draft) {
        return asCaller(() -> proposals.update(id, draft));
    }

    @POST
    @SignedIn
    @Path("{id:[0-9]{1,18}}/publish")
    @Operation(summary = "Publish one's own draft: it gets its public address and takes votes")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response publish(@PathParam("id") long id) {
        return asCaller(() -> proposals.publish(id));
    }

    @POST
    @SignedIn
    @Path("{id:[0-9]{1,18}}/withdraw")
    @Operation(summary = "Withdraw one's own proposal: it stays visible, marked withdrawn, and takes no more votes")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already answered or withdrawn")
    public Response withdraw(@PathParam("id") long id) {
        return asCaller(() -> proposals.withdraw(id));
    }

    @PUT
    @SignedIn
    @Path("{id:[0-9]{1,18}}/place")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place one's own proposal or idea, until the first vote or comment",
            description = "Example body: {\"label\":\"12 rue de la République, Besançon\"} (looked up in the national "
                    + "address base, its best match taken) or {\"label\":\"Square Saint-Amour\",\"latitude\":47.2412,"
                    + "\"longitude\":6.0275} (a pin, kept as sent). An address the base does not know, or cannot look up "
                    + "now, is kept without a pin.")
    @APIResponse(responseCode = "200", description = "The proposal with its place")
    @APIResponse(responseCode = "409", description = "No longer editable")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response place(@PathParam("id") long id, @NotNull @Valid ProposalJson.PlaceJson place) {
        Place asked = place.toPlace();
        // A pin is kept as sent; an address alone is looked up (kept without a pin when that fails); no label: 422
        Place chosen = asked.label() == null || asked.label().isBlank() ? asked
                : lookup.resolve(asked.label(), asked.latitude(), asked.longitude(), asked.label(), null).place();
        return asCaller(() -> proposals.place(id, chosen));
    }

    @DELETE
    @SignedIn
    @Path("{id:[0-9]{1,18}}/place")
    @Operation(summary = "Remove the place of one's own proposal or idea, until the first vote or comment")
    @APIResponse(responseCode = "200", description = "The proposal without a place")
    @APIResponse(responseCode = "409", description = "No longer editable")
    public Response unplace(@PathParam("id") long id) {
        return asCaller(() -> proposals.place(id, null));
    }

    /** An author's change, answered with the proposal as the change left it. */
    private Response asCaller(Supplier<Proposal> change) {
        Proposal proposal = change.get();
        return Response.ok(ProposalJson.Detail.of(proposal, reader.history(proposal.getId()))).build();
    }
}
