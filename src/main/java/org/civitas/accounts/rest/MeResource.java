package org.civitas.accounts.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountRecovery;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.rest.Problem;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The signed-in account, for the portal's scripts and other clients. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class MeResource {

    /** What a client may know about its own account. */
    public record Me(long id, String displayName, String locale, Set<Role> roles, boolean emailConfirmed) {
    }

    /** The body that ends every session: {@code {"confirm":true}}, so that an empty call ends nothing. */
    public record EndSessions(@NotNull @AssertTrue Boolean confirm) {
    }

    /** Whether a confirmation mail was sent (none when the address is confirmed already). */
    public record ConfirmationSent(boolean sent) {
    }

    /** The body of a language change. */
    public record LocaleChange(@NotNull @Pattern(regexp = "fr|en") String locale) {
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AccountRecovery recovery;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "The signed-in account", description = "Display name, language and roles of the caller.")
    @APIResponse(responseCode = "200", description = "The caller's account")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response me() {
        Optional<Account> account = caller();
        if (account.isEmpty()) {
            return unauthorized();
        }
        Account a = account.get();
        return Response.ok(new Me(a.getId(), a.getDisplayName(), a.getLocale().getLanguage(), a.getRoles(),
                a.isEmailConfirmed())).build();
    }

    @PUT
    @Path("locale")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's language", description = "Example body: {\"locale\":\"en\"}")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Cross-site request refused")
    @APIResponse(responseCode = "422", description = "Not fr or en")
    public Response changeLocale(@NotNull @Valid LocaleChange change) {
        accounts.changeLocale(Locale.forLanguageTag(change.locale()));
        return Response.noContent().build();
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Send the address confirmation link again",
            description = "Mails the caller's address a new confirmation link (valid 48 hours); nothing when the "
                    + "address is confirmed already. Three an hour.")
    @APIResponse(responseCode = "200", description = "Whether a mail was sent")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "429", description = "Asked too often")
    public ConfirmationSent resendConfirmation() {
        return new ConfirmationSent(recovery.resendConfirmation());
    }

    @POST
    @Path("sessions/end")
    @Operation(summary = "Sign out everywhere",
            description = "Ends every browser session of the caller's account (access tokens are revoked "
                    + "separately). Body: {\"confirm\":true}")
    @APIResponse(responseCode = "204", description = "Every session ended")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Not confirmed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signOutEverywhere(@NotNull @Valid EndSessions body) {
        recovery.signOutEverywhere();
        return Response.noContent().build();
    }

    private Optional<Account> caller() {
        if (security.getUserPrincipal() == null) {
            return Optional.empty();
        }
        try {
            return accounts.findActive(Long.parseLong(security.getUserPrincipal().getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Response unauthorized() {
        return Problem.unauthorized(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0));
    }
}
