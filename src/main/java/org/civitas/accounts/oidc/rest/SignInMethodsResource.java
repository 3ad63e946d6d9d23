package org.civitas.accounts.oidc.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.oidc.AccountIdentity;
import org.civitas.accounts.oidc.OidcAccounts;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.accounts.oidc.VerifiedIdentities;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The identity providers the signed-in account signs in through, and whether its identity is verified. A link is
 * made in a browser only (My account's "Link", through the provider's pages); a link can be removed here.
 */
@Path("me/sign-in-methods")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class SignInMethodsResource {

    /** One provider configured on the server, and this account's link to it. */
    public record Method(String provider, String label, boolean linked, Instant linkedAt, boolean verifiesIdentity) {
    }

    /** The caller's sign-in methods. */
    public record Methods(boolean hasPassword, boolean identityVerified, List<String> verifiedThrough,
                          List<Method> methods) {
    }

    @Inject
    private OidcAccounts accounts;

    @Inject
    private OidcProviders providers;

    @Inject
    private VerifiedIdentities verified;

    @GET
    @Operation(summary = "My sign-in methods", description = "The identity providers configured, which of them sign "
            + "this account in, which verify an identity, and whether the account has a password.")
    @APIResponse(responseCode = "200", description = "The caller's sign-in methods")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Methods get() {
        OidcAccounts.CallerMethods mine = accounts.callerMethods();
        Map<String, AccountIdentity> linked = mine.identities().stream()
                .collect(Collectors.toMap(AccountIdentity::getProvider, Function.identity(), (a, b) -> a));
        Set<String> verifying = verified.methods();
        List<String> through = verified.verifiedThrough(mine.accountId());
        return new Methods(mine.hasPassword(), !through.isEmpty(), through, providers.all().stream()
                .map(p -> new Method(p.id(), p.label(), linked.containsKey(p.id()),
                        Optional.ofNullable(linked.get(p.id())).map(AccountIdentity::getCreatedAt).orElse(null),
                        verifying.contains(p.id()))).toList());
    }

    @DELETE
    @Path("{provider}")
    @Operation(summary = "Stop signing in through a provider",
            description = "Removes this account's link to the provider (nothing happens when there is none). The last "
                    + "way into an account without a password cannot be removed.")
    @APIResponse(responseCode = "204", description = "The account no longer signs in through it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such provider on this server")
    @APIResponse(responseCode = "409", description = "It is the only way into the account (oidc.unlink.last)")
    public Response remove(@PathParam("provider") String provider) {
        if (providers.find(provider).isEmpty()) {
            throw new NotFoundException();
        }
        accounts.unlinkFromCaller(provider);
        return Response.noContent().build();
    }
}
