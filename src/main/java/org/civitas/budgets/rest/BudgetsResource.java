package org.civitas.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.civitas.accounts.Role;
import org.civitas.budgets.BallotKind;
import org.civitas.budgets.Budget;
import org.civitas.budgets.BudgetDraft;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.EnvelopeDraft;
import org.civitas.budgets.Phase;
import org.civitas.budgets.PhaseDates;
import org.civitas.budgets.results.BudgetRule;
import org.civitas.platform.BusinessException;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/**
 * Participatory budgets: read by anyone once their information phase has begun (an upcoming one only by
 * administrators), created and changed by administrators with their envelopes.
 */
@Path("budgets")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetsResource {

    @Inject
    private BudgetService budgets;

    /** A budget in a list. */
    public record BudgetSummary(long id, String title, String slug, long totalAmount, Phase phase,
                                LocalDate votingOn, LocalDate resultsOn) {
        static BudgetSummary of(Budget b, LocalDate today) {
            return new BudgetSummary(b.getId(), b.getTitle(), b.getSlug(), b.getTotalAmount(), b.phaseOn(today),
                    b.getPhases().voting(), b.getPhases().results());
        }
    }

    /** An envelope as the API shows it: its district's code and name (null for the whole town's) and amount. */
    public record EnvelopeJson(long id, String district, String districtName, long amount) {
    }

    /** A budget as the API shows it, with the version to send back with a change. */
    public record BudgetJson(long id, long version, String title, String slug, String description, long totalAmount,
                             long unallocated, BallotKind ballotKind, Integer maxChoices, BudgetRule countingRule,
                             boolean verifiedOnly, Integer minimumAge, Phase phase, PhaseDates phases,
                             List<EnvelopeJson> envelopes) {
        static BudgetJson of(BudgetPage page) {
            Budget b = page.budget();
            return new BudgetJson(b.getId(), b.getVersion(), b.getTitle(), b.getSlug(), b.getDescription(),
                    b.getTotalAmount(), page.unallocated(), b.getBallotKind(), b.getMaxChoices(), b.getCountingRule(),
                    b.isVerifiedOnly(), b.getMinimumAge(), page.phase(), b.getPhases(),
                    page.envelopes().stream().map(e -> new EnvelopeJson(e.id(), e.districtCode(), e.districtName(),
                            e.amount())).toList());
        }
    }

    /** A budget as an administrator sends it: the budget, its envelopes, and (for a change) the version it saw. */
    public record BudgetRequest(@NotNull @Valid BudgetDraft budget,
                                @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid EnvelopeDraft> envelopes,
                                Long version) {
    }

    @GET
    @Operation(summary = "The budgets the public sees", description = "Those whose information phase has begun, the newest vote first")
    @APIResponse(responseCode = "200", description = "The budgets")
    public List<BudgetSummary> list() {
        LocalDate today = budgets.today();
        return budgets.publicBudgets().stream().map(b -> BudgetSummary.of(b, today)).toList();
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @Operation(summary = "A budget, its phases and envelopes", description = "An upcoming budget is found by administrators only")
    @APIResponse(responseCode = "200", description = "The budget")
    @APIResponse(responseCode = "404", description = "No such budget, or not public yet")
    public BudgetJson get(@PathParam("id") long id, @Context SecurityContext security) {
        return budgets.page(id, security.isUserInRole(Role.Names.ADMIN)).map(BudgetJson::of)
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a budget with its envelopes (administrator)",
            description = "Example body: {\"budget\":{\"title\":\"Budget participatif 2027\",\"description\":\"...\","
                    + "\"totalAmount\":1000000,\"ballotKind\":\"KNAPSACK\",\"countingRule\":\"GREEDY\",\"verifiedOnly\":false,"
                    + "\"phases\":{\"information\":\"2027-01-04\",\"submission\":\"2027-02-01\",\"review\":\"2027-04-01\","
                    + "\"voting\":\"2027-06-01\",\"results\":\"2027-06-22\",\"followUp\":\"2027-07-01\"}},"
                    + "\"envelopes\":[{\"amount\":600000},{\"district\":\"gare\",\"amount\":400000}]}")
    @APIResponse(responseCode = "201", description = "The budget")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "Invalid fields (dates out of order, envelopes over the total, unknown district)")
    public Response create(@NotNull @Valid BudgetRequest request, @Context UriInfo uri) {
        Budget created = budgets.create(request.budget(), request.envelopes());
        BudgetJson body = BudgetJson.of(budgets.page(created.getId(), true).orElseThrow());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(body).build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a budget and its envelopes (administrator)",
            description = "The body of a creation plus the version read; once the vote has begun only texts and dates not yet reached may change")
    @APIResponse(responseCode = "200", description = "The budget as changed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such budget")
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile, or fixed since the vote began")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public BudgetJson change(@PathParam("id") long id, @NotNull @Valid BudgetRequest request) {
        if (request.version() == null) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "version", "budget.versionNeeded");
        }
        budgets.update(id, request.version(), request.budget(), request.envelopes());
        return BudgetJson.of(budgets.page(id, true).orElseThrow());
    }
}
