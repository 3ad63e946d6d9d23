package org.civitas.votes.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.platform.rest.SignedIn;
import org.civitas.votes.Choice;
import org.civitas.votes.VoteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/** A citizen's vote on a proposal: {@code PUT} to cast or change it, {@code DELETE} to withdraw it. */
@ApplicationScoped
@Path("proposals/{id:[0-9]{1,18}}/vote")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class VotesResource {

    /** The body of a vote. */
    public record VoteRequest(@NotNull @Pattern(regexp = "FOR|AGAINST", message = "{civitas.choice}") String choice) {
    }

    @Inject
    private VoteService votes;

    @Inject
    private Validator validator;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote on a proposal, or change one's vote", description = "Example body: {\"choice\":\"FOR\"}")
    @APIResponse(responseCode = "200", description = "The tallies after the vote")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such public proposal")
    @APIResponse(responseCode = "409", description = "Voting is closed")
    @APIResponse(responseCode = "422", description = "The choice is not FOR or AGAINST")
    public Response vote(@PathParam("id") long id, VoteRequest request) {
        // Validated here, once: with the constraints on the parameter, RESTEasy and Hibernate Validator's CDI
        // interceptor would each validate it, on the path every vote takes. No body is a vote without a choice.
        VoteRequest vote = request == null ? new VoteRequest(null) : request;
        Set<ConstraintViolation<VoteRequest>> violations = validator.validate(vote);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return Response.ok(votes.vote(id, Choice.valueOf(vote.choice()))).build();
    }

    @DELETE
    @Operation(summary = "Withdraw one's vote")
    @APIResponse(responseCode = "200", description = "The tallies after the withdrawal")
    @APIResponse(responseCode = "409", description = "Voting is closed")
    public Response withdraw(@PathParam("id") long id) {
        return Response.ok(votes.withdraw(id)).build();
    }

}
