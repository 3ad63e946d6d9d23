package org.civitas.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.Role;
import org.civitas.notifications.Cadence;
import org.civitas.notifications.DigestRun;
import org.civitas.notifications.Digests;
import org.civitas.platform.BusinessException;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;

/** The digest runs, for the operators: the last ones, and preparing one now (after an outage, or to try it). */
@ApplicationScoped
@Path("digests")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
@RolesAllowed(Role.Names.ADMIN)
public class DigestsResource {

    @Inject
    private Digests digests;

    public record RunJson(long id, Cadence cadence, Instant periodStart, Instant periodEnd, Instant startedAt,
                          Instant finishedAt, Integer prepared) {
        static RunJson of(DigestRun r) {
            return new RunJson(r.getId(), r.getCadence(), r.getPeriodStart(), r.getPeriodEnd(), r.getStartedAt(),
                    r.getFinishedAt(), r.getPrepared());
        }
    }

    @GET
    @Operation(summary = "The last 20 digest runs, the latest first")
    @APIResponse(responseCode = "200", description = "The runs: period, when, how many digests prepared")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<RunJson> list() {
        return digests.lastRuns(20).stream().map(RunJson::of).toList();
    }

    @POST
    @Path("{cadence}")
    @Operation(summary = "Prepare the daily or weekly digests now",
            description = "For the period since the last run of that cadence. Example: POST /api/digests/daily. "
                    + "The outbox then sends them at the mail's rhythm.")
    @APIResponse(responseCode = "201", description = "The run, with how many digests it prepared")
    @APIResponse(responseCode = "403", description = "Not an administrator, or a cross-site request")
    @APIResponse(responseCode = "404", description = "Not a digest's cadence (daily, weekly)")
    @APIResponse(responseCode = "409", description = "Mail is not configured, or a run ended just now")
    public Response run(@PathParam("cadence") String cadence) {
        Cadence c = Cadence.parse(cadence).filter(Cadence::isDigest)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "digest.notDigest"));
        DigestRun run = digests.runNow(c)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT, "digest.noMail"));
        return Response.status(201).entity(RunJson.of(run)).build();
    }
}
