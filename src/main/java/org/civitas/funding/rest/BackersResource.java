package org.civitas.funding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.civitas.accounts.Role;
import org.civitas.funding.BackerExport;
import org.civitas.funding.Backers;
import org.civitas.funding.Pledge;
import org.civitas.funding.PledgeState;
import org.civitas.funding.Pledging;
import org.civitas.platform.rest.QueryParams;
import org.civitas.platform.rest.SignedIn;
import org.civitas.platform.web.LocaleFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * Officials' side of a campaign's money: its backers (only what they agreed to share), the treasurer's export (CSV or
 * XLSX, streamed), the reconciliation report, and giving one backer's money back.
 */
@RequestScoped
@Path("funding/backers")
@SignedIn
@RolesAllowed(Role.Names.OFFICIAL)
@Produces(MediaType.APPLICATION_JSON)
public class BackersResource {

    static final int PAGE_SIZE = 50;

    @Inject
    private Backers backers;

    @Inject
    private BackerExport export;

    @Inject
    private Pledging pledging;

    @Context
    private HttpServletRequest request;

    /** A page of backers. */
    public record Page(List<Backers.Row> items, int page, int size, long total) {
    }

    /** Why the money goes back. */
    public record RefundRequest(String reason) {
    }

    /** A pledge after its refund. */
    public record Refunded(long id, PledgeState state) {
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @Operation(summary = "A campaign's pledges, newest first (officials): a name only when its backer let it show")
    @APIResponse(responseCode = "200", description = "A page of 50")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Page page(@PathParam("id") long id, @QueryParam("page") String page) {
        int p = QueryParams.number(page, "page", 1, 1, 1_000_000);
        return new Page(backers.page(id, (p - 1) * PAGE_SIZE, PAGE_SIZE), p, PAGE_SIZE, backers.count(id));
    }

    @GET
    @Path("{id:[0-9]{1,18}}/reconciliation")
    @Operation(summary = "A campaign's reconciliation (officials): its totals against its pledges, what waits on the "
            + "payment service, notifications that matched no pledge")
    @APIResponse(responseCode = "200", description = "The report; balanced is false when the totals differ")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Backers.Report report(@PathParam("id") long id) {
        return backers.report(id);
    }

    @GET
    @Path("{id:[0-9]{1,18}}/export")
    @Produces({BackerExport.CSV, BackerExport.XLSX})
    @Operation(summary = "The treasurer's export of a campaign's pledges, as CSV or XLSX (officials)",
            description = "Example: /api/funding/backers/12/export?format=xlsx. One row per pledge, oldest first; "
                    + "streamed. Each export is in the audit log")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "400", description = "format is not csv or xlsx")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new BadRequestException();
        }
        export.started(id, format);
        Locale locale = LocaleFilter.chosenLocale(request);
        boolean csv = "csv".equals(format);
        StreamingOutput file = out -> export.write(id, csv, locale, out);
        return Response.ok(file, csv ? BackerExport.CSV : BackerExport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"campaign-" + id + "-backers." + format + "\"")
                .cacheControl(CacheControl.valueOf("private, no-store")).build();
    }

    @POST
    @Path("refunds/{pledge:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a backer's money back (officials): refunded if taken, cancelled if only authorised",
            description = "Example body: {\"reason\":\"Asked by the backer on 3 December\"}. In the audit log; the "
                    + "backer is told by mail")
    @APIResponse(responseCode = "200", description = "The pledge's state after it")
    @APIResponse(responseCode = "404", description = "No such pledge")
    @APIResponse(responseCode = "409", description = "Its money is neither held nor taken")
    @APIResponse(responseCode = "422", description = "No reason, or a too long one")
    @APIResponse(responseCode = "503", description = "The payment service does not answer: nothing changed")
    public Refunded refund(@PathParam("pledge") long pledgeId, @NotNull RefundRequest body) {
        Pledge pledge = pledging.refund(pledgeId, body.reason());
        return new Refunded(pledge.getId(), pledge.getState());
    }
}
