package org.civitas.accounts.oidc.rest;

import jakarta.ejb.EJBException;
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
import org.civitas.platform.PublicPage;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
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
    @APIResponse(responseCode = "303", description = "To the provider (or back to the sign-in page, or to My "
            + "account when a link was asked)")
    public Response start(@PathParam("provider") String id,
                          @Parameter(description = "The session's link token, given on My account: links the "
                                  + "provider's person to the signed-in account instead of signing in")
                          @QueryParam("link") String link) {
        boolean linking = link != null;
        try {
            OidcProvider provider = providers.find(id)
                    .orElseThrow(() -> new OidcFailure(STATE, "no provider " + LogLines.clean(id)));
            String callback = base() + "/api/oidc/" + provider.id() + "/callback";
            OidcAttempt attempt;
            if (linking) {
                Optional<Long> caller = caller();
                if (caller.isEmpty() || !OidcSessions.isLinkToken(request.getSession(false), link)) {
                    throw new OidcFailure(STATE, "a link asked without the session's token or signed out");
                }
                attempt = OidcAttempt.link(provider.id(), callback, clock.instant(), caller.get());
            } else {
                attempt = OidcAttempt.start(provider.id(), callback, clock.instant());
            }
            URI authorization = client.authorizationAddress(provider, attempt);
            OidcSessions.remember(request.getSession(), attempt);
            return Response.seeOther(authorization).build();
        } catch (OidcFailure e) {
            return failed(id, e, linking);
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
        boolean linking = false;
        try {
            HttpSession session = request.getSession(false);
            OidcAttempt attempt = OidcSessions.take(session, state)
                    .orElseThrow(() -> new OidcFailure(STATE, "unknown or used state"));
            linking = attempt.linkTo() != null;
            if (!attempt.provider().equals(id) || !attempt.isValidAt(clock.instant())) {
                throw new OidcFailure(STATE, "state of " + attempt.provider() + " from " + attempt.startedAt());
            }
            OidcProvider provider = providers.find(id).orElseThrow(() -> new OidcFailure(STATE, "no provider"));
            if (error != null || code == null || code.isBlank()) {
                throw new OidcFailure(PROVIDER, "answered " + LogLines.clean(error == null ? "no code" : error));
            }
            if (linking && !caller().equals(Optional.of(attempt.linkTo()))) {
                throw new OidcFailure(STATE, "a link for account " + attempt.linkTo() + " came back to another session");
            }
            OidcIdentity identity = client.complete(provider, attempt, code);
            if (linking) {
                OidcAccounts.Linking linked = accounts.linkToCaller(identity.provider(), identity.subject());
                return Response.seeOther(URI.create(base() + "/account/index.xhtml?oidc="
                        + linked.name().toLowerCase(Locale.ROOT) + "&provider=" + provider.id())).build();
            }
            return switch (admit(identity)) {
                case NO_EMAIL -> throw new OidcFailure(NO_EMAIL, "no e-mail address for a new account");
                case LINK_NEEDED -> {
                    OidcSessions.holdLink(session, new PendingLink(identity.provider(), identity.subject(),
                            identity.email(), identity.idToken(), clock.instant()));
                    yield Response.seeOther(URI.create(base() + PublicPage.LINK_ACCOUNT.address())).build();
                }
                case KNOWN -> signIn(identity, null);
                case OPENED -> signIn(identity, "/account/index.xhtml?oidc=opened&provider=" + provider.id());
            };
        } catch (OidcFailure e) {
            return failed(id, e, linking);
        }
    }

    /**
     * Admits the provider's person; when the same person's first sign-in runs twice at once (a double click, two
     * tabs), one of them opens the account and the other, refused by the database, finds it the second time.
     */
    private OidcAccounts.Admission admit(OidcIdentity identity) {
        Locale language = locale.getLocale() == null ? Locale.FRENCH : locale.getLocale();
        try {
            return accounts.admit(identity, language);
        } catch (EJBException e) {
            LOG.info(() -> "First sign-in through " + identity.provider() + " raced another one, tried again: " + e);
            return accounts.admit(identity, language);
        }
    }

    /** The signed-in account's id, if a person is signed in (the caller principal's name is the account's id). */
    private Optional<Long> caller() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Signs in, then goes to the page asked for before, else {@code welcome} (a new account), else home. */
    private Response signIn(OidcIdentity identity, String welcome) {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new OidcCredential(identity.provider(), identity.subject(), identity.idToken()))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new OidcFailure(REFUSED, "the account may not sign in");
        }
        Object askedFor = request.getAttribute(SessionAuthenticationMechanism.RETURN_TO_ATTRIBUTE);
        String to = askedFor instanceof String path ? path : welcome == null ? PublicPage.HOME.address() : welcome;
        return Response.seeOther(URI.create(base() + to)).build();
    }

    /** A failed sign-in goes back to the sign-in page, a failed link to My account, each saying why. */
    private Response failed(String id, OidcFailure failure, boolean linking) {
        LOG.warning(() -> (linking ? "Link to " : "Sign-in through ") + LogLines.clean(id) + " failed ("
                + failure.reason() + "): " + LogLines.clean(failure.getMessage()));
        String reason = failure.reason().name().toLowerCase(Locale.ROOT);
        boolean signedIn = caller().isPresent();
        return Response.seeOther(URI.create(base() + (linking && signedIn ? "/account/index.xhtml?oidc=" + reason
                : PublicPage.SIGN_IN.address() + "?oidc=" + reason))).build();
    }

    private String base() {
        return address.base(request);
    }
}
