package org.civitas.accounts.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.AccountRecovery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A forgotten password, for other clients (a mobile app): the same rules as the page. */
@Path("password-resets")
public class PasswordResetsResource {

    /** The body: the address of the account. */
    public record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    @Inject
    private AccountRecovery recovery;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a password-reset link",
            description = "Mails the address a link valid one hour, once, if an account uses it. The answer is the "
                    + "same whether or not one does. Three an hour per address, a few per network address. "
                    + "Example body: {\"email\":\"camille@example.org\"}")
    @APIResponse(responseCode = "202", description = "Asked (whether or not an account uses the address)")
    @APIResponse(responseCode = "422", description = "Not an e-mail address")
    @APIResponse(responseCode = "429", description = "Asked too often")
    public Response ask(@NotNull @Valid ResetRequest body) {
        recovery.requestPasswordReset(body.email(), request.getRemoteAddr());
        return Response.accepted().build();
    }
}
