package org.civitas.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.accounts.Role;
import org.civitas.budgets.PaperBallots;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Paper ballots keyed in by officials, each sheet twice by two different people. */
@ApplicationScoped
@Path("budgets/{budget:[0-9]{1,18}}/paper")
@Produces(MediaType.APPLICATION_JSON)
public class PaperResource {

    @Inject
    private PaperBallots paper;

    /** What the keying did: WAITING (for a second keying), COUNTED (two keyings agree), MISMATCH. */
    public record KeyingJson(PaperBallots.Outcome outcome) {
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{envelope:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Key in one paper ballot sheet (official, vote phase)",
            description = "Example body: {\"station\":\"Mairie annexe\",\"sheet\":\"118\",\"projects\":[41,57]}. The sheet "
                    + "counts once a second official keys the same projects; a different keying is a MISMATCH, listed "
                    + "until a further keying agrees with one of them.")
    @APIResponse(responseCode = "200", description = "What the keying did")
    @APIResponse(responseCode = "403", description = "Not an official")
    @APIResponse(responseCode = "404", description = "No such envelope, or a project not on its ballot")
    @APIResponse(responseCode = "409", description = "Keyed already by the caller, counted already, over the envelope, or not the vote phase")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public KeyingJson key(@PathParam("budget") long budgetId, @PathParam("envelope") long envelopeId,
                          @NotNull @Valid PaperBallots.Sheet sheet) {
        return new KeyingJson(paper.key(budgetId, envelopeId, sheet));
    }
}
