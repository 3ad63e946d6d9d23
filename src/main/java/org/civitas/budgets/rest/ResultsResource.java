package org.civitas.budgets.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.civitas.budgets.BudgetResults;
import org.civitas.budgets.ResultRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A budget's results once its vote is counted: each envelope's projects with their votes and why they are funded or
 * not, and its anonymised ballots as a Pabulib file for anyone to recount them.
 */
@ApplicationScoped
@Path("budgets/{budget:[0-9]{1,18}}/results")
public class ResultsResource {

    @Inject
    private BudgetResults results;

    /** An envelope's results; {@code counted} false (and no projects) until the vote is counted. */
    public record ResultsJson(long envelopeId, long amount, boolean counted, Integer ballots, long spent,
                              List<ResultRow> projects) {
    }

    @GET
    @Path("{envelope:[0-9]{1,18}}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An envelope's results: each project's votes, whether it is funded and why not",
            description = "reason: SELECTED, DID_NOT_FIT (moneyLeft: what was left when its turn came), NO_VOTES, "
                    + "NOT_AFFORDABLE_BY_SUPPORTERS (equal shares). rank: the order in which the rule funded it.")
    @APIResponse(responseCode = "200", description = "The results (counted false before the count)")
    @APIResponse(responseCode = "404", description = "No such public budget or envelope")
    public ResultsJson get(@PathParam("budget") long budgetId, @PathParam("envelope") long envelopeId) {
        BudgetResults.ResultsPage page = results.results(budgetId, envelopeId).orElseThrow(NotFoundException::new);
        return new ResultsJson(envelopeId, page.envelope().amount(), page.ballots() != null, page.ballots(), page.spent(),
                page.rows());
    }

    @GET
    @Path("{envelope:[0-9]{1,18}}/pabulib")
    @Produces("text/plain; charset=utf-8")
    @Operation(summary = "An envelope's anonymised ballots in the Pabulib format (META, PROJECTS, VOTES)",
            description = "Voters are sequence numbers in a random order, with how they voted (internet or paper) and "
                    + "nothing else. Available once the vote is counted.")
    @APIResponse(responseCode = "200", description = "The Pabulib file, streamed")
    @APIResponse(responseCode = "404", description = "No such envelope, or not counted yet")
    public Response pabulib(@PathParam("budget") long budgetId, @PathParam("envelope") long envelopeId) {
        results.results(budgetId, envelopeId).filter(p -> p.ballots() != null).orElseThrow(NotFoundException::new);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            results.writePabulib(budgetId, envelopeId, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"civitas-budget-" + budgetId + "-" + envelopeId + ".pb\"").build();
    }
}
