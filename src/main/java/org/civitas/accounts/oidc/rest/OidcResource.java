package org.civitas.accounts.oidc.rest;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.oidc.OidcAccounts;
import org.civitas.accounts.oidc.OidcAttempt;
import org.civitas.accounts.oidc.OidcClient;
import org.civitas.accounts.oidc.OidcCredential;
import org.civitas.accounts.oidc.OidcFailure;
import org.civitas.accounts.oidc.OidcIdentity;
import org.civitas.accounts.oidc.OidcProvider;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.accounts.oidc.OidcSessions;
import org.civitas.accounts.oidc.PendingLink;
import org.civitas.accounts.web.SessionAuthenticationMechanism;
import org.civitas.platform.LogLines;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;

import static org.civitas.accounts.oidc.OidcFailure.Reason.NO_EMAIL;
import static org.civitas.accounts.oidc.OidcFailure.Reason.PROVIDER;
import static org.civitas.accounts.oidc.OidcFailure.Reason.REFUSED;
import static org.civitas.accounts.oidc.OidcFailure.Reason.STATE;

/**
 * Sign-in with an OpenID provider, as a browser goes through it: {@code start} sends it to the provider (303) with a
 * fresh state, nonce and PKCE challenge kept in its session; the provider sends it back to {@code callback}, which
 * checks the state, exchanges the code, verifies the ID token and signs the account in through Jakarta Security, then
 * sends the browser on (303). Plain GETs: the single-use state is what a forged callback lacks. Whatever fails, the
 * browser lands on the sign-in page with a message ({@code ?oidc=<reason>}), never on an error page.
 */
@Path("oidc/{provider}")
public class OidcResource {

    private static final Logger LOG = Logger.getLogger(OidcResource.class.getName());

    @Inject
    private OidcProviders providers;

    @Inject
    private OidcClient client;

    @Inject
    private OidcAccounts accounts;

    @Inject
    private SecurityContext security;

    @Inject
    private PublicAddress address;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @GET
    @Path("start")
    @Operation(summary = "Start signing in with an OpenID provider",
            description = "Redirects the browser to the provider's sign-in, or to the sign-in page when it is unknown "
                    + "or unreachable.")
    @APIResponse(responseCode = "303", description = "To the provider (or back to the sign-in page)")
    public Response start(@PathParam("provider") String id) {
        try {
            OidcProvider provider = providers.find(id)
                    .orElseThrow(() -> new OidcFailure(STATE, "no provider " + LogLines.clean(id)));
            OidcAttempt attempt = OidcAttempt.start(provider.id(), base() + "/api/oidc/" + provider.id() + "/callback",
                    clock.instant());
            URI authorization = client.authorizationAddress(provider, attempt);
            OidcSessions.remember(request.getSession(), attempt);
            return Response.seeOther(authorization).build();
        } catch (OidcFailure e) {
            return failed(id, e);
        }
    }

    @GET
    @Path("callback")
    @Operation(summary = "Come back from an OpenID provider",
            description = "Checks the state, exchanges the code, verifies the ID token and signs in (or asks for the "
                    + "password of the local account that uses the same address).")
    @APIResponse(responseCode = "303", description = "To the page asked for, the home page, the linking page, or "
            + "the sign-in page with the reason of a failure")
    public Response callback(@PathParam("provider") String id, @QueryParam("state") String state,
                             @QueryParam("code") String code, @QueryParam("error") String error) {
        try {
            HttpSession session = request.getSession(false);
            OidcAttempt attempt = OidcSessions.take(session, state)
                    .orElseThrow(() -> new OidcFailure(STATE, "unknown or used state"));
            if (!attempt.provider().equals(id) || !attempt.isValidAt(clock.instant())) {
                throw new OidcFailure(STATE, "state of " + attempt.provider() + " from " + attempt.startedAt());
            }
            OidcProvider provider = providers.find(id).orElseThrow(() -> new OidcFailure(STATE, "no provider"));
            if (error != null || code == null || code.isBlank()) {
                throw new OidcFailure(PROVIDER, "answered " + LogLines.clean(error == null ? "no code" : error));
            }
            OidcIdentity identity = client.complete(provider, attempt, code);
            return switch (accounts.admit(identity, locale.getLocale() == null ? Locale.FRENCH : locale.getLocale())) {
                case NO_EMAIL -> throw new OidcFailure(NO_EMAIL, "no e-mail address for a new account");
                case LINK_NEEDED -> {
                    OidcSessions.holdLink(session, new PendingLink(identity.provider(), identity.subject(),
                            identity.email(), identity.idToken(), clock.instant()));
                    yield Response.seeOther(URI.create(base() + "/link-account.xhtml")).build();
                }
                case KNOWN, OPENED -> signIn(identity);
            };
        } catch (OidcFailure e) {
            return failed(id, e);
        }
    }

    private Response signIn(OidcIdentity identity) {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new OidcCredential(identity.provider(), identity.subject(), identity.idToken()))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new OidcFailure(REFUSED, "the account may not sign in");
        }
        Object askedFor = request.getAttribute(SessionAuthenticationMechanism.RETURN_TO_ATTRIBUTE);
        return Response.seeOther(URI.create(base() + (askedFor instanceof String path ? path : "/index.xhtml")))
                .build();
    }

    private Response failed(String id, OidcFailure failure) {
        LOG.warning(() -> "Sign-in through " + LogLines.clean(id) + " failed (" + failure.reason() + "): "
                + LogLines.clean(failure.getMessage()));
        return Response.seeOther(URI.create(base() + "/signin.xhtml?oidc="
                + failure.reason().name().toLowerCase(Locale.ROOT))).build();
    }

    private String base() {
        return address.base(request);
    }
}
