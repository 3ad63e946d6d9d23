package org.civitas.accounts.oidc.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.accounts.Role;
import org.civitas.accounts.oidc.OidcAccounts;
import org.civitas.accounts.oidc.OidcProvider;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.accounts.oidc.VerifiedIdentities;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which identity providers' sign-in counts as a verified identity, and whether supporting a proposal needs one: an
 * administrator's settings.
 */
@Path("settings/verified-identity")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
@RolesAllowed(Role.Names.ADMIN)
public class VerifiedIdentityResource {

    /**
     * The settings. {@code providers} (read only) lists the providers configured on the server, whose ids
     * {@code methods} may name.
     */
    public record Rules(@NotNull @Size(max = 20) Set<String> methods, @NotNull Boolean supportsNeedVerified,
                        List<String> providers) {
    }

    @Inject
    private OidcAccounts accounts;

    @Inject
    private OidcProviders providers;

    @Inject
    private VerifiedIdentities verified;

    @GET
    @Operation(summary = "Which sign-in methods verify an identity, and whether supports need one")
    @APIResponse(responseCode = "200", description = "The settings, and the providers configured")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Rules get() {
        return current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change which sign-in methods verify an identity, and whether supports need one",
            description = "Example body: {\"methods\":[\"franceconnect\"],\"supportsNeedVerified\":true}. A support "
                    + "from an account without a verified identity is then refused (403, account.unverified).")
    @APIResponse(responseCode = "200", description = "The settings as saved")
    @APIResponse(responseCode = "400", description = "Not the JSON of the settings")
    @APIResponse(responseCode = "422", description = "A provider not configured, or supports that would need a "
            + "verified identity while no method verifies one")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Rules put(@NotNull @Valid Rules body) {
        Set<String> methods = new LinkedHashSet<>();
        body.methods().stream().filter(Objects::nonNull).forEach(methods::add);
        accounts.setVerifiedIdentity(methods, body.supportsNeedVerified());
        return current();
    }

    private Rules current() {
        return new Rules(verified.methods(), verified.requiredForSupports(),
                providers.all().stream().map(OidcProvider::id).toList());
    }
}
