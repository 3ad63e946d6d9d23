package org.civitas.privacy.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.civitas.platform.Town;
import org.civitas.platform.rest.SignedIn;
import org.civitas.platform.web.PublicAddress;
import org.civitas.privacy.MyDataExport;
import org.civitas.privacy.MyDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code GET /api/me/data}: everything the portal holds about the caller, as one JSON file to download (the account
 * page links to it; a personal access token of either scope may fetch it too). docs/security.md describes the file.
 */
@RequestScoped
@Path("me/data")
@SignedIn
public class MyDataResource {

    @Inject
    private MyDataService myData;

    @Inject
    private MyDataExport export;

    @Inject
    private PublicAddress address;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON + "; charset=utf-8")
    @Operation(summary = "Download my data: everything the portal holds about the caller, as one JSON file",
            description = "Account (never the password hash), proposals (drafts and hidden ones included), "
                    + "photos, votes, comments, reports filed, notifications, mail sent, access tokens (never the "
                    + "secret), the audit log's lines about the account and its recent counted actions. Each download "
                    + "is in the audit log (DATA_EXPORTED); at most 10 an hour by default. Example: curl -H "
                    + "'Authorization: Bearer cvt_...' -OJ https://portal.example/api/me/data")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "429", description = "Too many downloads this hour (Retry-After)")
    public Response download() {
        long accountId = myData.startExport();
        Instant now = clock.instant();
        String base = address.base(request);
        LocalDate today = LocalDate.ofInstant(now, town.getZone());
        StreamingOutput file = out -> export.write(accountId, base, now, out);
        return Response.ok(file)
                .header("Content-Disposition", "attachment; filename=\"civitas-my-data-" + today + ".json\"")
                .cacheControl(CacheControl.valueOf("private, no-store")).build();
    }
}
