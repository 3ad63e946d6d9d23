package org.civitas.moderation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.moderation.ReportForm;
import org.civitas.moderation.ReportReason;
import org.civitas.moderation.ReportService;
import org.civitas.moderation.ReportTarget;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Reporting a proposal ({@code /api/proposals/{id}/reports}) or a comment ({@code /api/comments/{id}/reports}). */
@ApplicationScoped
@Path("{kind:proposals|comments}/{id:[0-9]{1,18}}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SignedIn
public class ReportsResource {

    @Inject
    private ReportService reports;

    /** A report as a client sends it; the reason is checked here so that an unknown one is a 422, not a 400. */
    public record ReportRequest(
            @NotNull @Pattern(regexp = "SPAM|OFFENSIVE|OFF_TOPIC", message = "{civitas.reportReason}") String reason,
            String details) {
    }

    /** The answer to a report: whether it hid the item (the threshold was reached with it). */
    public record ReportReceipt(long id, boolean hidden) {
    }

    @POST
    @Operation(summary = "Report a proposal or a comment",
            description = "Example body: {\"reason\":\"SPAM\",\"details\":\"Same ad posted ten times\"}; "
                    + "reason is SPAM, OFFENSIVE or OFF_TOPIC. After 3 reports from distinct accounts older than "
                    + "7 days (by default) the item is hidden until a moderator has looked at it; reports from newer accounts "
                    + "only reach the moderators. At most 20 reports an hour and 50 a day per account by default (429 "
                    + "past them).")
    @APIResponse(responseCode = "201", description = "Reported")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "One's own proposal or comment")
    @APIResponse(responseCode = "404", description = "No such visible proposal or comment")
    @APIResponse(responseCode = "409", description = "Already reported by this account")
    @APIResponse(responseCode = "422", description = "Missing or unknown reason, details too long")
    @APIResponse(responseCode = "429", description = "Too many reports this hour or today")
    public Response report(@PathParam("kind") String kind, @PathParam("id") long id,
                           @NotNull @Valid ReportRequest request) {
        ReportTarget target = "comments".equals(kind) ? ReportTarget.COMMENT : ReportTarget.PROPOSAL;
        ReportService.Outcome outcome = reports.report(target, id,
                new ReportForm(ReportReason.valueOf(request.reason()), request.details()));
        return Response.status(Response.Status.CREATED).entity(new ReportReceipt(outcome.reportId(), outcome.hidden()))
                .build();
    }
}
