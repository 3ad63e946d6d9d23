package org.civitas.budgets.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.IdeaDraft;
import org.civitas.budgets.IdeaService;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.rest.ProposalJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

import static org.civitas.platform.rest.QueryParams.blankToNull;
import static org.civitas.platform.rest.QueryParams.id;
import static org.civitas.platform.rest.QueryParams.number;

/**
 * A budget's ideas: the public list, and a resident's new idea while the budget takes them. An idea is then a
 * proposal: it is read, changed, published and withdrawn at {@code /api/proposals/{id}} as every proposal is.
 */
@Path("budgets/{budget:[0-9]{1,18}}/ideas")
@Produces(MediaType.APPLICATION_JSON)
public class IdeasResource {

    private static final int MAX_SIZE = 100;

    @Inject
    private BudgetService budgets;

    @Inject
    private IdeaService ideas;

    @Inject
    private ProposalReader reader;

    @GET
    @Operation(summary = "A budget's published ideas, paged",
            description = "Example: /api/budgets/3/ideas?envelope=12&theme=mobilite&sort=MOST_SUPPORTED&page=0&size=20")
    @APIResponse(responseCode = "200", description = "A page of ideas")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    @APIResponse(responseCode = "404", description = "No such public budget")
    public ProposalJson.Page list(@PathParam("budget") long budgetId,
                                  @Parameter(description = "one envelope's id (default: all the budget's)") @QueryParam("envelope") String envelope,
                                  @Parameter(description = "theme code") @QueryParam("theme") String theme,
                                  @Parameter(description = "MOST_SUPPORTED (default) or NEWEST") @QueryParam("sort") String sort,
                                  @Parameter(description = "page number from 0") @QueryParam("page") String page,
                                  @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        BudgetPage budget = budgets.page(budgetId, false).orElseThrow(NotFoundException::new);
        Long asked = id(envelope, "envelope");
        List<Long> envelopes = budget.envelopes().stream().map(BudgetPage.EnvelopeRow::id)
                .filter(e -> asked == null || e.equals(asked)).toList();
        if (envelopes.isEmpty()) {
            return new ProposalJson.Page(List.of(), 0, 0, 0);
        }
        ProposalQuery.Sort order = "NEWEST".equalsIgnoreCase(blankToNull(sort)) ? ProposalQuery.Sort.NEWEST
                : ProposalQuery.Sort.MOST_SUPPORTED;
        ProposalQuery query = new ProposalQuery(blankToNull(theme), null, null, null, order).ideasFor(envelopes);
        int pageNumber = number(page, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number(size, "size", 20, 1, MAX_SIZE);
        return new ProposalJson.Page(reader.list(query, pageNumber * pageSize, pageSize).stream()
                .map(ProposalJson.Row::of).toList(), pageNumber, pageSize, reader.count(query));
    }

    @POST
    @SignedIn
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an idea's draft for one of the budget's envelopes (signed-in resident, ideas phase)",
            description = "Example body: {\"envelopeId\":12,\"estimatedCost\":45000,\"text\":{\"title\":\"Un jardin partagé "
                    + "square Vauban\",\"summary\":\"...\",\"body\":\"...\",\"themeCode\":\"environnement\"}}. The draft is "
                    + "a proposal: publish it with POST /api/proposals/{id}/publish.")
    @APIResponse(responseCode = "201", description = "The idea's draft, private until published")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such budget or envelope")
    @APIResponse(responseCode = "409", description = "The budget does not take ideas now (its phase is named)")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response create(@PathParam("budget") long budgetId, @NotNull @Valid IdeaDraft draft,
                           @Context UriInfo uri) {
        Proposal idea = ideas.submit(budgetId, draft);
        return Response.created(uri.getBaseUriBuilder().path("proposals/{id}").build(idea.getId()))
                .entity(ProposalJson.Detail.of(idea, List.of())).build();
    }
}
