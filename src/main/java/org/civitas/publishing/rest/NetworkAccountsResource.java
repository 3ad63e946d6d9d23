package org.civitas.publishing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.Role;
import org.civitas.platform.rest.SignedIn;
import org.civitas.publishing.Network;
import org.civitas.publishing.NetworkAccount;
import org.civitas.publishing.NetworkAccountDraft;
import org.civitas.publishing.NetworkAccountService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/**
 * The city's accounts on the networks, for administrators' tools: listed without their secrets (the last four
 * characters only), added and changed as on the administration page.
 */
@Path("network-accounts")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
@RolesAllowed(Role.Names.ADMIN)
public class NetworkAccountsResource {

    @Inject
    private NetworkAccountService service;

    /** An account as the API shows it: never its secret. */
    public record View(long id, String publicationId, Network network, String name, String facility, Long districtId,
                       String baseUrl, String identifier, String secretHint, boolean active, int editors) {
        static View of(NetworkAccount a) {
            return new View(a.getId(), a.publicationId(), a.getNetwork(), a.getName(), a.getFacility(),
                    a.getDistrictId(), a.getBaseUrl(), a.getIdentifier(), a.getSecretHint(), a.isActive(),
                    a.getEditors().size());
        }
    }

    @GET
    @Operation(summary = "The city's accounts managed in the portal, without their secrets (administrator)")
    @APIResponse(responseCode = "200", description = "The accounts")
    public List<View> list() {
        return service.all().stream().map(View::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an account (administrator)",
            description = "Example body: {\"network\":\"MASTODON\",\"name\":\"Piscine des Vaîtes\",\"facility\":\"Piscine\","
                    + "\"baseUrl\":\"https://piscine.social\",\"secret\":\"...\",\"active\":true,"
                    + "\"editors\":[\"elue@civitas.example\"]}; the secret is sealed at once and never returned")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "422", description = "Invalid fields, no secret, or an editor with no account")
    @APIResponse(responseCode = "503", description = "The server has no key to seal secrets")
    public Response add(@NotNull NetworkAccountDraft draft) {
        NetworkAccount saved = service.save(null, draft);
        return Response.created(URI.create("/api/network-accounts/" + saved.getId())).entity(View.of(saved)).build();
    }

    @PUT
    @Path("{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account (administrator); a blank or absent secret keeps the one sealed")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public View change(@PathParam("id") long id, @NotNull NetworkAccountDraft draft) {
        return View.of(service.save(id, draft));
    }
}
