package org.civitas.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.ConfirmationRules;
import org.civitas.accounts.Role;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What accounts whose address is not confirmed may do besides reading and drafting: an administrator's setting. */
@Path("settings/unconfirmed-accounts")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
@RolesAllowed(Role.Names.ADMIN)
public class UnconfirmedAccountsResource {

    /** The actions allowed without a confirmed address (PUBLISH, SUPPORT, COMMENT, REPORT; none by default). */
    public record Rules(@NotNull Set<ConfirmationRules.Action> allowed) {
    }

    @Inject
    private AccountService accounts;

    @Inject
    private ConfirmationRules rules;

    @GET
    @Operation(summary = "What unconfirmed accounts may do")
    @APIResponse(responseCode = "200", description = "The actions allowed without a confirmed address")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Rules get() {
        return new Rules(rules.allowedUnconfirmed());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change what unconfirmed accounts may do",
            description = "Example body: {\"allowed\":[\"COMMENT\"]}. Each server applies it within 30 seconds.")
    @APIResponse(responseCode = "200", description = "The rules as saved")
    @APIResponse(responseCode = "400", description = "An unknown action")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Rules put(@NotNull @Valid Rules body) {
        Set<ConfirmationRules.Action> allowed = EnumSet.noneOf(ConfirmationRules.Action.class);
        body.allowed().stream().filter(Objects::nonNull).forEach(allowed::add);
        accounts.setUnconfirmedMay(allowed);
        return new Rules(rules.allowedUnconfirmed());
    }
}
